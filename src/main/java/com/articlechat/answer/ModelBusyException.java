package com.articlechat.answer;

import java.time.Duration;

/** Every model call is taken and the queue for them is full: the question should be asked again later. */
public class ModelBusyException extends RuntimeException {

    private final Duration retryAfter;

    ModelBusyException(int running, int queued, Duration retryAfter) {
        super("The model is busy: " + running + " question(s) are being answered and " + queued
                + " are waiting. Please ask again in " + retryAfter.toSeconds() + " s.");
        this.retryAfter = retryAfter;
    }

    /** When a place is likely to be free again, for the {@code Retry-After} header. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
