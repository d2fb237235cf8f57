package com.articlechat.answer;

/**
 * The checked answer text as the model streams it, for clients that append every piece they are
 * sent and cannot take anything back (an OpenAI-style stream). Each piece of raw model text is
 * checked as the final answer will be: markers that point at nothing are dropped and the rest are
 * renumbered in order of first use, so what was shown is the start of the final answer's text.
 *
 * <p>Two things are held back: a marker still being written ({@code "[1"}), because it may yet
 * point at nothing; and everything until the model has cited a passage, because an answer that
 * cites nothing is replaced by quotes from the article and must not have been shown meanwhile.
 * Not thread-safe: a stream's pieces arrive one at a time.
 */
public final class StreamedText {

    private final int passageCount;
    private final StringBuilder raw = new StringBuilder();
    private String shown = "";

    /** For an answer from {@code passageCount} passages, numbered from 1. */
    public StreamedText(int passageCount) {
        this.passageCount = passageCount;
    }

    /** Adds the model's next raw piece; returns the checked text that can now be shown after {@link #shown()}, maybe "". */
    public String append(String piece) {
        raw.append(piece);
        CitationMarkers.CitedText checked = CitationMarkers.process(settled(raw), passageCount);
        if (checked.uses().isEmpty() || !checked.text().startsWith(shown)) {
            return "";
        }
        String next = checked.text().substring(shown.length());
        shown = checked.text();
        return next;
    }

    /** Everything {@link #append} has returned, in order. */
    public String shown() {
        return shown;
    }

    /** The raw text without a marker still open at its end, nor the space before it, which a dropped marker takes along. */
    private static String settled(CharSequence text) {
        int open = lastIndexOf(text, '[');
        if (open < 0 || lastIndexOf(text, ']') > open) {
            return text.toString();
        }
        int end = open > 0 && text.charAt(open - 1) == ' ' ? open - 1 : open;
        return text.subSequence(0, end).toString();
    }

    private static int lastIndexOf(CharSequence text, char c) {
        for (int i = text.length() - 1; i >= 0; i--) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }
}
