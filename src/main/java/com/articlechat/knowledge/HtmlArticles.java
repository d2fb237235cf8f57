package com.articlechat.knowledge;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Turns an HTML page into article text: front matter from its metadata and its paragraphs. */
public final class HtmlArticles {

    private HtmlArticles() {
    }

    /** Returns article file text (front matter and blank-line separated paragraphs) for {@code html}. */
    public static String toArticleText(String html, String url) {
        Document page = url == null ? Jsoup.parse(html) : Jsoup.parse(html, url);
        StringBuilder body = new StringBuilder();
        for (Element p : page.select("p")) {
            String text = p.text().strip();
            if (!text.isEmpty()) {
                body.append(text).append("\n\n");
            }
        }
        if (body.isEmpty()) {
            throw new InvalidArticleException("The page has no paragraphs of article text.");
        }
        return FrontMatter.of(page.title(), null, url, null, null, null) + body.toString().strip() + "\n";
    }
}
