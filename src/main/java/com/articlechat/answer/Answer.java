package com.articlechat.answer;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The reply to a question: text with {@code [n]} markers and the citations they point at.
 *
 * @param answered false when the article does not answer the question; citations are then empty
 * @param model    the model that wrote the answer, null for extractive answers
 * @param notice   why the answer is extractive or otherwise limited, for the reader; null otherwise
 */
public record Answer(String answer, boolean answered, Mode mode, String model, String notice,
        List<Citation> citations, Timings timings) {

    public Answer {
        citations = List.copyOf(citations);
    }

    /** Who wrote the answer text. */
    public enum Mode {
        LLM, EXTRACTIVE;

        @JsonValue
        public String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Milliseconds spent finding passages and generating text. */
    public record Timings(double retrievalMs, double generationMs) {
    }
}
