package com.articlechat.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import com.articlechat.answer.Answer;
import com.articlechat.answer.AnswerListener;
import com.articlechat.answer.Citation;

/**
 * Writes a streamed answer as Server-Sent Events: {@code passages}, {@code token}s, then
 * {@code done} or {@code error}. Each event is flushed as it is sent; a failed send means the
 * reader has gone, and is reported upwards so the model call stops.
 */
final class SseAnswerListener implements AnswerListener {

    private static final Logger log = LoggerFactory.getLogger(SseAnswerListener.class);

    private final SseEmitter emitter;
    // Set by the first failed send. A reader closing the tab is routine, not an error of ours.
    private volatile boolean readerGone;

    SseAnswerListener(SseEmitter emitter) {
        this.emitter = emitter;
    }

    @Override
    public void passages(List<Citation> passages) {
        send("passages", passages);
    }

    @Override
    public void token(String text) {
        send("token", Map.of("text", text));
    }

    @Override
    public void done(Answer answer) {
        send("done", answer);
        emitter.complete();
    }

    @Override
    public void failed(RuntimeException error) {
        if (readerGone) {
            log.debug("The reader left before the answer was complete: {}", error.toString());
            emitter.complete();
            return;
        }
        log.error("Streamed answer failed", error);
        try {
            send("error", ApiExceptionHandler.problem(HttpStatus.INTERNAL_SERVER_ERROR, "Answer failed",
                    "The answer could not be completed. Please ask again."));
        } catch (UncheckedIOException nobodyToTell) {
            // The reader left meanwhile; the error is logged above.
        } finally {
            emitter.complete();
        }
    }

    private void send(String event, Object data) {
        try {
            emitter.send(SseEmitter.event().name(event).data(data, MediaType.APPLICATION_JSON));
        } catch (IOException e) {
            readerGone = true;
            throw new UncheckedIOException(new IOException("The reader disconnected", e));
        } catch (IllegalStateException e) {
            if (e.getCause() != null) {
                throw e; // Spring wraps a failure to write the event, e.g. to serialise it: ours, not the reader's
            }
            // Without a cause it is the emitter refusing to send: the response ended (reader gone or timed out).
            readerGone = true;
            throw new UncheckedIOException(new IOException("The response has already ended", e));
        }
    }
}
