package com.articlechat.openai;

import java.util.List;
import java.util.regex.Pattern;

import com.articlechat.answer.Answer;
import com.articlechat.answer.Citation;

/**
 * The answer as a chat client shows it: the text with its {@code [n]} markers, then a short source
 * list ({@code [1] ¶3 "quote"}) and the notice, so that clients which show only the text still let
 * a reader check each claim and see why an answer is extractive. The exact citations travel as data
 * beside it. When a client sends the answer back as history, the list is taken off again.
 */
final class ReplyText {

    static final String SOURCES = "Sources:";
    static final String NOTE = "Note: ";

    // From the first source list or note to the end: what of() appended.
    private static final Pattern APPENDED = Pattern.compile("(?s)\\n\\n(?:" + SOURCES + "\\n\\[\\d+]|" + NOTE + ").*\\z");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ReplyText() {
    }

    /** The text, the source list and the notice; quotes in the list are cut to about {@code quoteLength} characters. */
    static String of(Answer answer, int quoteLength) {
        StringBuilder text = new StringBuilder(answer.answer().strip());
        List<Citation> citations = answer.citations();
        if (!citations.isEmpty()) {
            // Across articles a paragraph number alone does not say where to look.
            boolean severalArticles = citations.stream().map(Citation::articleId).distinct().count() > 1;
            text.append("\n\n").append(SOURCES);
            for (Citation citation : citations) {
                text.append("\n[").append(citation.n()).append("] ")
                        .append(severalArticles ? citation.title() + ", " : "")
                        .append('¶').append(citation.paragraph())
                        .append(" \"").append(shortened(citation.quote(), quoteLength)).append('"');
            }
        }
        if (answer.notice() != null && !answer.notice().isBlank()) {
            text.append("\n\n").append(NOTE).append(answer.notice().strip());
        }
        return text.toString();
    }

    /** An answer a client sent back, without what {@link #of} appended; other text is left as it is. */
    static String withoutSources(String text) {
        return APPENDED.matcher(text).replaceFirst("");
    }

    /** The quote on one line, cut at a word before {@code max} characters with an ellipsis. */
    static String shortened(String quote, int max) {
        String line = SPACES.matcher(quote).replaceAll(" ").strip();
        if (line.length() <= max) {
            return line;
        }
        int cut = line.lastIndexOf(' ', max - 1);
        return line.substring(0, cut > max / 2 ? cut : max - 1).stripTrailing() + "…";
    }
}
