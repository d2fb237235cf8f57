package com.articlechat.answer;

import java.util.List;

/**
 * Per-question settings for the model's answer, as a client may ask for them; null means the
 * configured default. They apply to the answer only, not to rewriting or translating the question.
 *
 * @param temperature sampling temperature, in place of {@code articlechat.ollama.temperature}
 * @param maxTokens   at most this many tokens of answer (Ollama's {@code num_predict})
 * @param stop        the model stops before writing any of these
 */
public record Generation(Double temperature, Integer maxTokens, List<String> stop) {

    /** The configured defaults. */
    public static final Generation DEFAULT = new Generation(null, null, List.of());

    public Generation {
        stop = stop == null ? List.of() : List.copyOf(stop);
    }
}
