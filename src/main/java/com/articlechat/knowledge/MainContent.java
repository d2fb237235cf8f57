package com.articlechat.knowledge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Finds the main text of a news page, in the spirit of Readability:
 * <ol>
 * <li>drop page furniture: scripts, navigation, headers, footers, asides, forms, figures, and
 * anything whose class or id names an ad, share bar, related list, newsletter, comment thread,
 * cookie banner, promotion, breadcrumb, sidebar or menu;
 * <li>take the article container the page declares ({@code itemprop=articleBody}, the largest
 * {@code article}), or else the container whose own paragraphs hold the most text;
 * <li>read its paragraphs, crossheads and sentence-like list items in document order, skipping
 * one-line boilerplate such as "Advertisement", "Share this" or a copyright notice.
 * </ol>
 */
final class MainContent {

    private static final String FURNITURE_TAGS = "script, style, noscript, template, nav, header, footer, aside,"
            + " form, iframe, figure, figcaption, svg, button, dialog, select, input, textarea, object, embed,"
            + " video, audio, canvas, [hidden], [aria-hidden=true], [role=navigation], [role=banner],"
            + " [role=contentinfo], [role=complementary], [role=dialog], [role=alertdialog]";

    // Matched against each class name and the id, as a whole dash- or underscore-separated word.
    private static final Pattern FURNITURE = Pattern.compile("(?i)(^|[-_])(ads?|advert\\w*|adslot|dfp|banner"
            + "|sponsor\\w*|promo\\w*|share|sharing|sharebar|social|related|recommend\\w*|more-stories|read-next"
            + "|newsletter\\w*|signup|sign-up|subscribe|subscription|paywall|comment\\w*|disqus|cookie\\w*|consent"
            + "|gdpr|breadcrumbs?|sidebar|menu|nav|navbar|navigation|masthead|header|footer|popup|modal|outbrain"
            + "|taboola|trending|most-read|popular|tags?|toolbar|byline|author|dateline|caption)($|[-_])");
    // Modifiers on a page wrapper ("has-sidebar", "with-comments") describe the page, not furniture.
    private static final Pattern MODIFIER = Pattern.compile("(?i)^(has|with|no|show|is|js|enable|toggle)[-_].*");
    private static final Pattern CONTENT = Pattern.compile("(?i)(^|[-_])(article|story|content|entry|post|body"
            + "|text|main|prose)($|[-_])");
    private static final Set<String> NEVER_REMOVED = Set.of("html", "body", "main");

    private static final int MAX_BOILERPLATE_CHARS = 120;
    private static final Pattern BOILERPLATE = Pattern.compile("(?i)^(advertisement|advert|ad|sponsored( content)?"
            + "|share( this)?( article| story| page)?( on [\\w ]+)?|share via.*|tweet|email|print|save"
            + "|read more\\b.*|more on this story.*|related( stories| articles| content| coverage)?(:.*)?"
            + "|see also(:.*)?|follow us\\b.*|sign up\\b.*|subscribe\\b.*|click here\\b.*|listen to this article.*"
            + "|\\d+ min(ute)?s? read|(photo|image|picture|video|illustration)( credit)?:.*|getty images"
            + "|comments?( \\(\\d+\\))?|loading.*|skip to( main)? content|back to top|top stories|most read"
            + "|you may also like.*|recommended( for you)?|newsletter.*)$");
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)^(©|\\(c\\)|copyright\\b).*|.*all rights reserved.*");
    private static final int MAX_COPYRIGHT_CHARS = 200;
    private static final int MIN_LIST_ITEM_WORDS = 6;
    private static final double MAX_LINK_DENSITY = 0.5;

    private MainContent() {
    }

    /** The article's paragraphs, in reading order; {@code page} is cleaned in place. */
    static List<String> paragraphs(Document page) {
        // Found before cleaning, so that nothing holding the story is taken for furniture.
        Element declared = declaredArticle(page);
        Element main = page.selectFirst("main, [role=main]");
        removeFurniture(page, element -> holds(element, declared) || holds(element, main));
        return read(root(page, declared, main));
    }

    static int words(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }

    /** The container the page says is its article; of several (a story and its teaser cards), the longest. */
    private static Element declaredArticle(Document page) {
        Element declared = largest(page.select("[itemprop=articleBody]"));
        return declared != null ? declared : largest(page.select("article"));
    }

    private static void removeFurniture(Document page, Predicate<Element> holdsStory) {
        int pageText = paragraphText(page);
        for (Element element : page.select(FURNITURE_TAGS)) {
            // Some sites wrap the whole page in a form or a header; such a wrapper is not furniture.
            if (!holdsStory.test(element) && paragraphText(element) * 2 <= pageText) {
                element.remove();
            }
        }
        for (Element element : page.getAllElements()) {
            // Inline elements inside a paragraph (a tag link, an author name) are part of its sentence.
            if (element.ownerDocument() != null && element.isBlock() && !hasAncestor(element, "p")
                    && !holdsStory.test(element) && isFurniture(element)) {
                element.remove();
            }
        }
    }

    private static boolean holds(Element element, Element story) {
        return story != null && (element == story || story.parents().contains(element));
    }

    private static boolean hasAncestor(Element element, String tag) {
        return element.parents().stream().anyMatch(parent -> parent.normalName().equals(tag));
    }

    private static boolean isFurniture(Element element) {
        if (NEVER_REMOVED.contains(element.normalName())) {
            return false;
        }
        List<String> names = new ArrayList<>(element.classNames());
        if (element.hasAttr("id")) {
            names.add(element.id());
        }
        boolean furniture = false;
        for (String name : names) {
            if (MODIFIER.matcher(name).matches()) {
                continue;
            }
            if (FURNITURE.matcher(name).find()) {
                furniture = true;
            } else if (CONTENT.matcher(name).find()) {
                // "article-body has-share-tools": one name says this is the story, which wins.
                return false;
            }
        }
        return furniture;
    }

    /** The element whose paragraphs are the article. */
    private static Element root(Document page, Element declared, Element main) {
        Element scope = main != null && main.ownerDocument() != null ? main : page.body();
        Element best = bestScored(scope);
        if (declared == null || declared.ownerDocument() == null) {
            return best != null ? best : scope;
        }
        // A declared article wins unless it is a teaser card beside a much longer undeclared story.
        if (best == null || paragraphText(declared) * 2 >= paragraphText(best) || best.parents().contains(declared)) {
            return declared;
        }
        return best;
    }

    /** Of several candidates (a story and its related-story cards, say), the one with the most paragraph text. */
    private static Element largest(Elements candidates) {
        Element best = null;
        int bestLength = 0;
        for (Element candidate : candidates) {
            int length = paragraphText(candidate);
            if (length > bestLength) {
                best = candidate;
                bestLength = length;
            }
        }
        return best;
    }

    private static int paragraphText(Element element) {
        int length = 0;
        for (Element p : element.select("p")) {
            length += p.text().length();
        }
        return length;
    }

    /**
     * Readability's scoring: each paragraph adds its text length to its parent and half of it to its
     * grandparent, so the container the paragraphs share wins even when each is wrapped in a div;
     * text that is mostly links (a list of headlines) counts for little.
     */
    private static Element bestScored(Element scope) {
        if (scope == null) {
            return null;
        }
        Map<Element, Double> scores = new LinkedHashMap<>();
        for (Element p : scope.select("p")) {
            double length = p.text().length();
            if (length < 25) {
                continue;
            }
            Element parent = p.parent();
            if (parent != null) {
                scores.merge(parent, length, Double::sum);
                Element grandparent = parent.parent();
                if (grandparent != null) {
                    scores.merge(grandparent, length / 2, Double::sum);
                }
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            double score = entry.getValue() * (1 - linkDensity(entry.getKey()));
            if (score > bestScore) {
                best = entry.getKey();
                bestScore = score;
            }
        }
        return best;
    }

    private static List<String> read(Element root) {
        List<String> blocks = new ArrayList<>();
        List<Boolean> headings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Element element : root.select("p, h2, h3, li")) {
            boolean heading = element.normalName().startsWith("h");
            String text = text(element);
            if (text == null || !seen.add(text)) {
                continue;
            }
            // A crosshead followed by nothing ("Related stories" over a list that was removed) is not text.
            if (heading && !headings.isEmpty() && headings.get(headings.size() - 1)) {
                blocks.remove(blocks.size() - 1);
                headings.remove(headings.size() - 1);
            }
            blocks.add(text);
            headings.add(heading);
        }
        while (!headings.isEmpty() && headings.get(headings.size() - 1)) {
            blocks.remove(blocks.size() - 1);
            headings.remove(headings.size() - 1);
        }
        return blocks;
    }

    /** The element's text if it reads as article text, else null. */
    private static String text(Element element) {
        String name = element.normalName();
        if (name.equals("li") && !element.select("p, ul, ol, h2, h3").isEmpty()) {
            return null; // its paragraphs or nested items are read on their own; a headline card is not text
        }
        if (name.startsWith("h") && hasAncestor(element, "li")) {
            return null; // a heading inside a list item is a card title
        }
        String text = element.text().strip();
        if (text.isEmpty() || isBoilerplate(text)) {
            return null;
        }
        int words = words(text);
        double links = linkDensity(element);
        return switch (name) {
            case "h2", "h3" -> words >= 2 && words <= 20 && links < MAX_LINK_DENSITY ? text : null;
            case "li" -> words >= MIN_LIST_ITEM_WORDS && links < MAX_LINK_DENSITY ? text : null;
            default -> links < MAX_LINK_DENSITY || words >= 25 ? text : null;
        };
    }

    static boolean isBoilerplate(String text) {
        String trimmed = text.strip().replaceAll("[\\s:.!|»›>→-]+$", "");
        return trimmed.length() <= MAX_BOILERPLATE_CHARS && BOILERPLATE.matcher(trimmed).matches()
                || text.length() <= MAX_COPYRIGHT_CHARS && COPYRIGHT.matcher(text.strip()).matches();
    }

    private static double linkDensity(Element element) {
        int length = element.text().length();
        if (length == 0) {
            return 0;
        }
        int linked = 0;
        for (Element link : element.select("a")) {
            linked += link.text().length();
        }
        return Math.min(1.0, (double) linked / length);
    }

}
