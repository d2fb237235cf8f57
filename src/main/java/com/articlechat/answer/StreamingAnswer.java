package com.articlechat.answer;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import com.articlechat.retrieval.Passage;

import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;

/**
 * One streamed model answer: forwards tokens as they arrive and ends exactly once, with the checked
 * answer or, if the model fails, stalls or cites nothing, with the extractive answer and a notice.
 */
final class StreamingAnswer implements StreamingChatResponseHandler {

    private final List<Passage> passages;
    private final AnswerListener listener;
    private final AnswerStream stream;
    private final GroundingCheck grounding;
    private final Function<Draft, Answer> llmAnswer;
    private final Function<String, Answer> extractiveAnswer;
    private final Function<Throwable, String> failureNotice;
    private final StringBuilder text = new StringBuilder();
    private final AtomicBoolean ended = new AtomicBoolean();
    private IdleWatchdog.Watch watch;

    StreamingAnswer(List<Passage> passages, AnswerListener listener, AnswerStream stream, GroundingCheck grounding,
            Function<Draft, Answer> llmAnswer, Function<String, Answer> extractiveAnswer,
            Function<Throwable, String> failureNotice) {
        this.passages = passages;
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
        if (stream.isCancelled() || ended.get()) {
            return;
        }
        watch.touch();
        text.append(partial.text());
        try {
            listener.token(partial.text());
        } catch (RuntimeException readerGone) {
            // The reader cannot receive any more; stop the model rather than generate for nobody.
            end();
            stream.cancel();
        }
    }

    @Override
    public void onCompleteResponse(ChatResponse response) {
        if (!end()) {
            return;
        }
        String full = response.aiMessage() != null && response.aiMessage().text() != null
                ? response.aiMessage().text()
                : text.toString();
        try {
            Draft draft = grounding.check(full, passages);
            listener.done(draft != null ? llmAnswer.apply(draft)
                    : extractiveAnswer.apply("The model's answer cited none of the passages it was given, so this"
                            + " answer quotes the article's most relevant sentences instead."));
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
        stream.cancel();
        finishExtractively(notice);
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
        boolean first = ended.compareAndSet(false, true);
        if (first && watch != null) {
            watch.stop();
        }
        return first;
    }
}
