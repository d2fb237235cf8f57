package com.articlechat.answer;

import java.util.Locale;

/**
 * Why an answer quotes the article instead of the model's words: the notice a reader sees, and the
 * reason as a word for metrics and logs.
 */
public record Fallback(Reason reason, String notice) {

    /** The causes of an extractive answer, each a separate series in the metrics. */
    public enum Reason {
        OLLAMA_UNREACHABLE, MODEL_MISSING, MODEL_UNRESPONSIVE, MODEL_STALLED, MODEL_FAILED, UNCITED, BUSY,
        SHUTTING_DOWN;

        /** The reason as a metric tag: {@code model-unresponsive}. */
        public String tag() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
