package com.articlechat.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * One version of an article: its body text exactly as the editor wrote it, cut into numbered
 * paragraphs and sentences.
 *
 * @param id      stable identifier, the file name stem
 * @param version content hash; changes whenever the file's text or metadata changes
 * @param text    the body without front matter; all offsets point into this string
 */
public record Article(String id, String version, ArticleMetadata metadata, String text, List<Paragraph> paragraphs) {

    public Article {
        paragraphs = List.copyOf(paragraphs);
    }

    public String title() {
        return metadata.title();
    }

    public List<Sentence> sentences() {
        return paragraphs.stream().flatMap(p -> p.sentences().stream()).toList();
    }

    public Optional<Paragraph> paragraph(int number) {
        return number >= 1 && number <= paragraphs.size()
                ? Optional.of(paragraphs.get(number - 1))
                : Optional.empty();
    }
}
