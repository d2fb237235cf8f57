package com.articlechat.eval;

/**
 * One article written by the {@link DistractorGenerator}, ready to be saved as {@code <id>.md}.
 *
 * @param id       the file name stem, such as {@code distractor-0001-storm-aldo-brings-flooding-to-porto}
 * @param topic    the template family it was written from, such as {@code weather} or {@code export-controls}
 * @param hard     true for a hard distractor: Northeast Asian diplomacy and trade, the seed article's vocabulary
 * @param markdown the whole file: YAML front matter, then paragraphs separated by blank lines
 */
public record GeneratedArticle(String id, String title, String topic, boolean hard, String markdown) {
}
