package com.articlechat.knowledge;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Turns a news page into article file text: front matter from the page's metadata, then the
 * paragraphs of its main text, separated by blank lines. Navigation, ads, share bars, related
 * stories, newsletters, comments and footers are left out, so questions are answered and cited from
 * what the journalist wrote.
 */
public final class HtmlArticles {

    /** Fewer words than this is a teaser, an error page or a login wall, not an article. */
    static final int MIN_WORDS = 50;

    private HtmlArticles() {
    }

    /** Returns article file text for {@code html}; {@code url}, if known, resolves relative links. */
    public static String toArticleText(String html, String url) {
        return extract(url == null ? Jsoup.parse(html) : Jsoup.parse(html, url)).text();
    }

    /**
     * Extracts the article of a parsed page; its base URI, if any, is the fallback for the article URL.
     * Throws {@link NoArticleFoundException} when nothing on the page reads as an article.
     */
    public static ExtractedArticle extract(Document page) {
        // Metadata first: bylines and dates often sit in headers that the extraction throws away.
        HtmlMetadata meta = HtmlMetadata.of(page);
        List<String> paragraphs = MainContent.paragraphs(page);
        int words = paragraphs.stream().mapToInt(MainContent::words).sum();
        if (words < MIN_WORDS) {
            throw new NoArticleFoundException("No article text was found on the page"
                    + (meta.title() == null ? "" : " '" + meta.title() + "'") + " (" + words + " words of"
                    + " paragraph text; an article needs at least " + MIN_WORDS + ").");
        }
        String text = FrontMatter.of(meta.title(), meta.source(), meta.url(), meta.published(), meta.byline(),
                meta.language()) + String.join("\n\n", paragraphs) + "\n";
        return new ExtractedArticle(meta.title(), text);
    }
}
