package com.articlechat.knowledge;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a news page says about itself, read from the places publishers put it: Open Graph and
 * article meta tags first, then visible markup ({@code h1}, {@code rel=author}, {@code time}).
 */
record HtmlMetadata(String title, String source, String url, String published, String byline, String language) {

    private static final List<String> TITLE_SEPARATORS = List.of(" | ", " - ", " – ", " — ", " :: ", " · ", " • ");
    private static final Pattern BY = Pattern.compile("(?i)^by\\s+");
    private static final int MAX_BYLINE = 200;

    static HtmlMetadata of(Document page) {
        String source = meta(page, "og:site_name", "application-name");
        return new HtmlMetadata(title(page, source), source, url(page), published(page), byline(page),
                language(page));
    }

    private static String title(Document page, String site) {
        String title = meta(page, "og:title", "twitter:title");
        if (title == null) {
            Element h1 = page.selectFirst("article h1, main h1, h1");
            title = h1 == null ? null : blankToNull(h1.text());
        }
        if (title == null) {
            title = blankToNull(page.title());
        }
        return title == null ? null : withoutSiteName(title, site);
    }

    /** "Headline | Site" and "Site | Headline" become "Headline"; a dash counts only before a site-like name. */
    static String withoutSiteName(String title, String site) {
        for (String separator : TITLE_SEPARATORS) {
            if (site != null) {
                String lowerTitle = title.toLowerCase(Locale.ROOT);
                String lowerSite = site.toLowerCase(Locale.ROOT);
                if (lowerTitle.endsWith(separator + lowerSite)) {
                    return title.substring(0, title.length() - separator.length() - site.length()).strip();
                }
                if (lowerTitle.startsWith(lowerSite + separator)) {
                    return title.substring(site.length() + separator.length()).strip();
                }
            }
            int at = title.lastIndexOf(separator);
            if (at <= 0) {
                continue;
            }
            String head = title.substring(0, at).strip();
            String tail = title.substring(at + separator.length()).strip();
            boolean pipe = separator.equals(" | ");
            // Pipes are furniture in a title; a dash may be part of the headline, so only a short,
            // capitalised tail ("BBC News", "example.com") is taken for a site name.
            if (pipe ? words(head) >= 2 : words(head) >= 3 && looksLikeSiteName(tail)) {
                return head;
            }
        }
        return title.strip();
    }

    private static boolean looksLikeSiteName(String text) {
        String[] words = text.split("\\s+");
        if (words.length > 3) {
            return false;
        }
        for (String word : words) {
            if (word.isEmpty() || !(Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0))
                    || word.contains("."))) {
                return false;
            }
        }
        return true;
    }

    private static String url(Document page) {
        for (Element link : page.select("link[rel=canonical][href]")) {
            String href = link.absUrl("href");
            if (isWebUrl(href)) {
                return href;
            }
        }
        String og = meta(page, "og:url");
        if (og != null && isWebUrl(og)) {
            return og;
        }
        String base = page.location();
        return isWebUrl(base) ? base : null;
    }

    private static String published(Document page) {
        String published = meta(page, "article:published_time", "datePublished", "og:published_time",
                "date", "pubdate", "publish-date", "dc.date", "dc.date.issued", "parsely-pub-date");
        if (published != null) {
            return published;
        }
        Element time = page.selectFirst("[itemprop=datePublished][datetime], [itemprop=datePublished][content],"
                + " article time[datetime], time[datetime]");
        if (time != null) {
            return blankToNull(time.hasAttr("datetime") ? time.attr("datetime") : time.attr("content"));
        }
        return null;
    }

    private static String byline(Document page) {
        Set<String> names = new LinkedHashSet<>();
        for (Element meta : page.select("meta[content]")) {
            String key = key(meta);
            if (key.equals("author") || key.equals("article:author")) {
                addName(names, meta.attr("content"));
            }
        }
        if (names.isEmpty()) {
            page.select("[rel=author]").forEach(e -> addName(names, e.text()));
        }
        if (names.isEmpty()) {
            for (Element author : page.select("[itemprop=author]")) {
                Element name = author.selectFirst("[itemprop=name]");
                addName(names, name != null ? name.text()
                        : author.hasAttr("content") ? author.attr("content") : author.text());
            }
        }
        if (names.isEmpty()) {
            Element byline = page.selectFirst(".byline, .author-name, .author");
            if (byline != null) {
                addName(names, byline.text());
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static void addName(Set<String> names, String raw) {
        String name = BY.matcher(raw == null ? "" : raw.strip()).replaceFirst("").strip();
        // Profile links and paragraphs are not names.
        if (!name.isEmpty() && name.length() <= MAX_BYLINE && !isWebUrl(name)) {
            names.add(name);
        }
    }

    private static String language(Document page) {
        String lang = blankToNull(page.select("html").attr("lang"));
        if (lang == null) {
            Element meta = page.selectFirst("meta[http-equiv=content-language][content]");
            lang = meta == null ? null : blankToNull(meta.attr("content"));
        }
        if (lang == null) {
            String locale = meta(page, "og:locale");
            lang = locale == null ? null : locale.replace('_', '-');
        }
        return lang;
    }

    /** The content of the first meta tag whose property, name or itemprop is one of {@code keys}, in key order. */
    private static String meta(Document page, String... keys) {
        List<Element> metas = page.select("meta[content]");
        for (String wanted : keys) {
            for (Element meta : metas) {
                if (key(meta).equals(wanted.toLowerCase(Locale.ROOT))) {
                    String content = blankToNull(meta.attr("content"));
                    if (content != null) {
                        return content;
                    }
                }
            }
        }
        return null;
    }

    private static String key(Element meta) {
        String key = meta.hasAttr("property") ? meta.attr("property")
                : meta.hasAttr("name") ? meta.attr("name") : meta.attr("itemprop");
        return key.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean isWebUrl(String text) {
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    private static int words(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
