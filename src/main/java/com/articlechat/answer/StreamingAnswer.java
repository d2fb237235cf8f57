package com.articlechat.answer;

import java.util.List;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.articlechat.retrieval.Passage;

import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.output.TokenUsage;

/**
 * One streamed model answer: forwards tokens as they arrive and ends exactly once, with the checked
 * answer or, if the model fails, stalls, cites nothing or the application shuts down, with the
 * extractive answer and a notice. A stream whose reader has gone ends quietly: nobody is left to
 * receive an ending. Ending frees the model call.
 */
final class StreamingAnswer implements StreamingChatResponseHandler {

    private static final Logger log = LoggerFactory.getLogger(StreamingAnswer.class);

    private final List<Passage> passages;
    private final boolean matchClaims;
    private final AnswerListener listener;
    private final AnswerStream stream;
    private final GroundingCheck grounding;
    private final AnswerMetrics metrics;
    private final Function<Draft, Answer> llmAnswer;
    private final Function<Fallback, Answer> extractiveAnswer;
    private final Function<Throwable, Fallback> failure;
    private final StringBuilder text = new StringBuilder();
    private final long startNanos = System.nanoTime();
    private long firstTokenNanos;       // guarded by lock
    // Tokens come on the client's thread, the idle ending on the watchdog's: ending and forwarding a
    // token take this lock, so no token can follow the ending and the listener is never called concurrently.
    private final Object lock = new Object();
    private boolean ended;              // guarded by lock
    private int tokens;                 // guarded by lock
    private volatile boolean started;   // a first token arrived
    private IdleWatchdog.Watch watch;   // set before the model is called
    private ModelCallLimit.Ticket call; // set before the model is called

    StreamingAnswer(List<Passage> passages, boolean matchClaims, AnswerListener listener, AnswerStream stream,
            GroundingCheck grounding, AnswerMetrics metrics, Function<Draft, Answer> llmAnswer,
            Function<Fallback, Answer> extractiveAnswer, Function<Throwable, Fallback> failure) {
        this.passages = passages;
        this.matchClaims = matchClaims;
        this.listener = listener;
        this.stream = stream;
        this.grounding = grounding;
        this.metrics = metrics;
        this.llmAnswer = llmAnswer;
        this.extractiveAnswer = extractiveAnswer;
        this.failure = failure;
    }

    /** The model call this answer holds and the watch on its silences; both end with the answer. */
    void runWith(ModelCallLimit.Ticket modelCall, IdleWatchdog.Watch idleWatch) {
        this.call = modelCall;
        this.watch = idleWatch;
        // A reader who leaves frees the call at once, even while the model has not said a word.
        stream.onCancel(() -> {
            if (end()) {
                log.debug("The reader left before the model answered");
            }
        });
    }

    /** Whether the model has sent anything yet: silence before the first token is a model that does not answer. */
    boolean started() {
        return started;
    }

    @Override
    public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
        stream.attach(context.streamingHandle());
        synchronized (lock) {
            if (ended) {
                return;
            }
            if (stream.isCancelled()) {
                end(); // the reader left while the model was quiet: stop watching for nobody
                return;
            }
            if (!started) {
                started = true;
                firstTokenNanos = System.nanoTime();
                metrics.firstToken(firstTokenNanos - startNanos);
            }
            tokens++;
            watch.touch();
            text.append(partial.text());
            try {
                listener.token(partial.text());
            } catch (RuntimeException readerGone) {
                // The reader cannot receive any more; stop the model rather than generate for nobody.
                log.debug("The reader left during the answer, stopping the model: {}", readerGone.toString());
                end();
                stream.cancel();
            }
        }
    }

    @Override
    public void onCompleteResponse(ChatResponse response) {
        if (!end() || stream.isCancelled()) {
            return;
        }
        TokenUsage usage = response.tokenUsage();
        if (started) {
            metrics.generated(usage != null && usage.outputTokenCount() != null ? usage.outputTokenCount() : tokens,
                    System.nanoTime() - firstTokenNanos);
        }
        String full = response.aiMessage() != null && response.aiMessage().text() != null
                ? response.aiMessage().text()
                : text.toString();
        try {
            Draft draft = grounding.check(full, passages, matchClaims);
            listener.done(draft != null ? llmAnswer.apply(draft)
                    : extractiveAnswer.apply(new Fallback(Fallback.Reason.UNCITED, AnswerService.UNCITED)));
        } catch (RuntimeException e) {
            listener.failed(e);
        }
    }

    @Override
    public void onError(Throwable error) {
        if (!end() || stream.isCancelled()) {
            return;
        }
        Fallback fallback = failure.apply(error);
        if (!text.isEmpty()) {
            fallback = new Fallback(fallback.reason(), "The model stopped in the middle of its answer. "
                    + fallback.notice());
        }
        finishExtractively(fallback);
    }

    /**
     * Gives up on the model (it went silent, or the application is shutting down) and answers from the
     * article instead: what the model wrote so far is not passed off as a complete answer.
     */
    void abandon(Fallback fallback) {
        if (!end()) {
            return;
        }
        boolean readerGone = stream.isCancelled();
        // Stops the model and drops its connection, whether or not it has said anything yet.
        stream.cancel();
        if (!readerGone) {
            finishExtractively(fallback);
        }
    }

    private void finishExtractively(Fallback fallback) {
        try {
            listener.done(extractiveAnswer.apply(fallback));
        } catch (RuntimeException e) {
            listener.failed(e);
        }
    }

    /** Marks the stream ended; true only for the first caller, so exactly one ending is sent. */
    private boolean end() {
        synchronized (lock) {
            if (ended) {
                return false;
            }
            ended = true;
        }
        if (watch != null) {
            watch.stop();
        }
        if (call != null) {
            call.close();
        }
        return true;
    }
}
