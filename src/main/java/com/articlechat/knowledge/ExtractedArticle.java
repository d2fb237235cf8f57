package com.articlechat.knowledge;

/**
 * An article taken from a web page.
 *
 * @param title the page's headline, null if it has none
 * @param text  article file text: front matter, then paragraphs separated by blank lines
 */
public record ExtractedArticle(String title, String text) {
}
