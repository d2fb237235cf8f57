package com.articlechat.answer;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import dev.langchain4j.model.chat.response.StreamingHandle;

/**
 * A streamed answer in progress. Cancelling it, when the reader has gone, stops the model call at
 * its next token rather than letting it write an answer nobody reads.
 */
public final class AnswerStream {

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicReference<StreamingHandle> handle = new AtomicReference<>();

    /** A stream that has already ended: its answer was given at once, without the model. */
    public static AnswerStream finished() {
        AnswerStream stream = new AnswerStream();
        stream.cancelled.set(true);
        return stream;
    }

    public void cancel() {
        cancelled.set(true);
        StreamingHandle h = handle.get();
        if (h != null) {
            h.cancel();
        }
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Remembers the client's handle and applies a cancel that arrived before it was known. */
    void attach(StreamingHandle streamingHandle) {
        if (handle.compareAndSet(null, streamingHandle) && cancelled.get()) {
            streamingHandle.cancel();
        }
    }
}
