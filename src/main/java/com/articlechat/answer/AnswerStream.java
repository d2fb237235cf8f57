package com.articlechat.answer;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import dev.langchain4j.model.chat.response.StreamingHandle;

/**
 * A streamed answer in progress. Cancelling it, when the reader has gone, stops the model call at
 * its next token rather than letting it write an answer nobody reads, and drops its connection, so
 * a model that has gone quiet does not keep it either.
 */
public final class AnswerStream {

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicReference<StreamingHandle> handle = new AtomicReference<>();
    private final ModelConnections.Connection connection = new ModelConnections.Connection();
    private volatile Runnable onCancel = () -> { };

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
        connection.drop();
        onCancel.run();
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

    ModelConnections.Connection connection() {
        return connection;
    }

    /** Runs {@code action} when the stream is cancelled, e.g. to free its model call at once. */
    void onCancel(Runnable action) {
        this.onCancel = action;
        if (cancelled.get()) {
            action.run();
        }
    }
}
