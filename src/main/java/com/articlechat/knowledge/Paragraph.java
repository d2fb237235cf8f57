package com.articlechat.knowledge;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One paragraph, numbered from 1 as a reader counts them, with its offsets into the article text.
 */
public record Paragraph(int number, int start, int end, String text, List<Sentence> sentences) {

    /**
     * A credit line: a label, then a name. "Reporting by state media suggested..." is a sentence of
     * the story.
     */
    public static final Pattern CREDIT = Pattern.compile(
            "^\\(?(?i:sources?\\s*[:\\-–—]|(additional )?reporting by|(edited|editing) by)\\s+\\p{Lu}");

    public Paragraph {
        sentences = List.copyOf(sentences);
    }

    /**
     * Whether this is a credit line ("Source: The Korea Herald | BBC", "Reporting by ..."): it says
     * who reported the story, not what happened in it.
     */
    public boolean isCredit() {
        return CREDIT.matcher(text).find();
    }
}
