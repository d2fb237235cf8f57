package com.articlechat.knowledge;

/**
 * One sentence of an article; {@code start}/{@code end} are UTF-16 offsets into the article text
 * (end exclusive), so a page can highlight exactly this span.
 *
 * @param index 1-based position of the sentence in the whole article
 */
public record Sentence(int index, int paragraph, int start, int end, String text) {
}
