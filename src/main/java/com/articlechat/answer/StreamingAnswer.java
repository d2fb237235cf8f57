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

/**
 * One streamed model answer: forwards tokens as they arrive and ends exactly once, with the checked
 * answer or, if the model fails, stalls or cites nothing, with the extractive answer and a notice.
 * A stream whose reader has gone ends quietly: nobody is left to receive an ending.
 */
final class StreamingAnswer implements StreamingChatResponseHandler {

    private static final Logger log = LoggerFactory.getLogger(StreamingAnswer.class);

    private final List<Passage> passages;
    private final boolean matchClaims;
    private final AnswerListener listener;
    private final AnswerStream stream;
    private final GroundingCheck grounding;
    private final Function<Draft, Answer> llmAnswer;
    private final Function<String, Answer> extractiveAnswer;
    private final Function<Throwable, String> failureNotice;
    private final StringBuilder text = new StringBuilder();
    // Tokens come on the client's thread, the idle ending on the watchdog's: ending and forwarding a
    // token take this lock, so no token can follow the ending and the listener is never called concurrently.
    private final Object lock = new Object();
    private boolean ended;             // guarded by lock
    private IdleWatchdog.Watch watch;  // set before the model is called

    StreamingAnswer(List<Passage> passages, boolean matchClaims, AnswerListener listener, AnswerStream stream, GroundingCheck grounding,
            Function<Draft, Answer> llmAnswer, Function<String, Answer> extractiveAnswer,
            Function<Throwable, String> failureNotice) {
        this.passages = passages;
        this.matchClaims = matchClaims;
        this.listener = listener;
        this.stream = stream;
        this.grounding = grounding;
        this.llmAnswer = llmAnswer;
        this.extractiveAnswer = extractiveAnswer;
        this.failureNotice = failureNotice;
    }

    void watchWith(IdleWatchdog.Watch idleWatch) {
        this.watch = idleWatch;
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
        String full = response.aiMessage() != null && response.aiMessage().text() != null
                ? response.aiMessage().text()
                : text.toString();
        try {
            Draft draft = grounding.check(full, passages, matchClaims);
            listener.done(draft != null ? llmAnswer.apply(draft)
                    : extractiveAnswer.apply(AnswerService.UNCITED));
        } catch (RuntimeException e) {
            listener.failed(e);
        }
    }

    @Override
    public void onError(Throwable error) {
        if (!end() || stream.isCancelled()) {
            return;
        }
        String notice = text.isEmpty() ? failureNotice.apply(error)
                : "The model stopped in the middle of its answer. " + failureNotice.apply(error);
        finishExtractively(notice);
    }

    /** Called by the watchdog when the model has been silent too long. */
    void onIdle(String notice) {
        if (!end()) {
            return;
        }
        boolean readerGone = stream.isCancelled();
        // Stops the model at its next token; no handle exists before the first one arrives.
        stream.cancel();
        if (!readerGone) {
            finishExtractively(notice);
        }
    }

    private void finishExtractively(String notice) {
        try {
            listener.done(extractiveAnswer.apply(notice));
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
        return true;
    }
}
