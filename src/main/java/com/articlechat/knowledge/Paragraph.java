package com.articlechat.knowledge;

import java.util.List;

/**
 * One paragraph, numbered from 1 as a reader counts them, with its offsets into the article text.
 */
public record Paragraph(int number, int start, int end, String text, List<Sentence> sentences) {

    public Paragraph {
        sentences = List.copyOf(sentences);
    }
}
