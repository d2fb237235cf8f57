package com.articlechat.openai;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The OpenAI-compatible endpoints.
 *
 * @param apiKey            when set, every {@code /v1} request needs {@code Authorization: Bearer <apiKey>};
 *                          unset (the default) leaves them open, for local use
 * @param maxMessages       a request with more messages is refused; only the last {@code max-turns} are used
 * @param maxQuestionLength a longer last user message is refused, as on {@code /api/ask}
 * @param streamTimeout     the longest a streamed answer may stay open
 * @param sourceQuoteLength quotes in the plain-text source list are cut to about this many characters;
 *                          the {@code citations} data always quotes in full
 */
@ConfigurationProperties("articlechat.openai")
public record OpenAiProperties(String apiKey, int maxMessages, int maxQuestionLength, Duration streamTimeout,
        int sourceQuoteLength) {

    boolean keyConfigured() {
        return apiKey != null && !apiKey.isBlank();
    }
}
