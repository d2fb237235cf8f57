package com.articlechat.answer;

/**
 * A checked citation: where in which version of which article the quoted text stands.
 *
 * @param n     the number used in the answer text, {@code [n]}
 * @param quote exact text of the article, {@code text.substring(start, end)} of that version
 * @param score cosine similarity of the quoted sentence to what it supports
 */
public record Citation(int n, String articleId, String articleVersion, String title, int paragraph, String quote,
        int start, int end, double score) {
}
