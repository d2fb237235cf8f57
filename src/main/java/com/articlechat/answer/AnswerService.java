package com.articlechat.answer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.springframework.stereotype.Service;

import com.articlechat.retrieval.Passage;
import com.articlechat.retrieval.PassageRetriever;
import com.articlechat.retrieval.Retrieval;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;

/**
 * Answers a question from the articles: retrieve, then let the model answer from the passages, or
 * quote them when the model cannot be reached or does not cite what it was given.
 */
@Service
public class AnswerService {

    static final String UNCITED = "The model's answer cited none of the passages it was given, so this answer"
            + " quotes the article's most relevant sentences instead.";

    private final PassageRetriever retriever;
    private final ModelContext context;
    private final GroundedPrompt prompt;
    private final GroundingCheck grounding;
    private final ExtractiveAnswerer extractive;
    private final OllamaStatus ollama;
    private final StreamingChatModel streamingChatModel;
    private final ModelCallLimit calls;
    private final IdleWatchdog watchdog;
    private final AnswerMetrics metrics;
    private final OllamaProperties ollamaProperties;
    private final PromptProperties promptProperties;

    AnswerService(PassageRetriever retriever, ModelContext context, GroundedPrompt prompt,
            GroundingCheck grounding, ExtractiveAnswerer extractive, OllamaStatus ollama,
            StreamingChatModel streamingChatModel, ModelCallLimit calls, IdleWatchdog watchdog, AnswerMetrics metrics,
            OllamaProperties ollamaProperties, PromptProperties promptProperties) {
        this.retriever = retriever;
        this.context = context;
        this.prompt = prompt;
        this.grounding = grounding;
        this.extractive = extractive;
        this.ollama = ollama;
        this.streamingChatModel = streamingChatModel;
        this.calls = calls;
        this.watchdog = watchdog;
        this.metrics = metrics;
        this.ollamaProperties = ollamaProperties;
        this.promptProperties = promptProperties;
    }

    /**
     * A question in its conversation.
     *
     * @param text           the question as asked; the model answers this
     * @param retrievalQuery what to search for: {@code text}, a follow-up rewritten to stand alone, or
     *                       the English rendering of a question in another language
     * @param articleId      null means every article
     * @param history        earlier turns, oldest first, already bounded; the model sees them as messages
     * @param language       the language the answer is to be written in when the question is not in
     *                       English (as {@code ScriptLanguages} names it, e.g. "Korean"); null otherwise
     * @param generation     the client's settings for the model's answer
     */
    public record Question(String text, String retrievalQuery, String articleId, List<PriorTurn> history,
            String language, Generation generation) {

        public Question {
            history = List.copyOf(history);
            generation = generation == null ? Generation.DEFAULT : generation;
        }

        public Question(String text, String retrievalQuery, String articleId, List<PriorTurn> history) {
            this(text, retrievalQuery, articleId, history, null, Generation.DEFAULT);
        }

        /** A question without a conversation: it is searched for as asked. */
        public static Question alone(String text, String articleId) {
            return new Question(text, text, articleId, List.of());
        }
    }

    /** An earlier question and the answer given, without citation markers (they numbered other passages). */
    public record PriorTurn(String question, String answer) {
    }

    /** Answers {@code question}, within one article when {@code articleId} is not null. */
    public Answer ask(String question, String articleId) {
        return ask(Question.alone(question, articleId));
    }

    /**
     * Answers a question in its conversation: retrieval uses the standalone query, the model sees the history.
     * The answer is the streamed one collected, so a hung or slow model is given up on just as in a stream.
     * Throws {@link ModelBusyException} when every model call is taken and the queue is full.
     */
    public Answer ask(Question question) {
        CompletableFuture<Answer> answer = new CompletableFuture<>();
        stream(question, new AnswerListener() {
            @Override
            public void passages(List<Citation> passages) {
            }

            @Override
            public void token(String text) {
            }

            @Override
            public void done(Answer done) {
                answer.complete(done);
            }

            @Override
            public void failed(RuntimeException error) {
                answer.completeExceptionally(error);
            }
        });
        try {
            return answer.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /**
     * Streams the answer to {@code question} into {@code listener}. Retrieval happens before this
     * returns, so an unknown article fails here, before anything is streamed.
     */
    public AnswerStream stream(String question, String articleId, AnswerListener listener) {
        return stream(Question.alone(question, articleId), listener);
    }

    /**
     * Streams the answer to a question in its conversation, as {@link #ask(Question)} answers it:
     * first the passages, numbered as the model sees them, then the model's tokens, then the
     * checked answer.
     */
    public AnswerStream stream(Question question, AnswerListener listener) {
        long start = System.nanoTime();
        OllamaStatus.State state = ollama.current();
        // A place for the model call is taken first: a full queue is a 429 before anything is searched or sent.
        ModelCallLimit.Ticket call = state.ready() ? calls.enter() : null;
        try {
            Retrieval retrieval = retriever.search(question.retrievalQuery(), question.articleId());
            List<Passage> passages = state.ready() ? forModel(question, retrieval) : retrieval.passages();
            double retrievalMs = millisSince(start);
            List<Citation> numbered = new ArrayList<>();
            for (Passage passage : passages) {
                numbered.add(Citations.of(numbered.size() + 1, passage, passage.byScore().get(0)));
            }
            listener.passages(numbered);

            if (!state.ready()) {
                listener.done(extractive(retrieval, state.fallback(), question, retrievalMs, 0));
                return AnswerStream.finished();
            }
            if (passages.isEmpty() || !retrieval.worthAsking()) {
                listener.done(finish(Draft.notAnswered(promptProperties.notFoundReply()), retrieval, question, retrievalMs, 0));
                return AnswerStream.finished();
            }
            Fallback notNow = awaitModel(call);
            if (notNow != null) {
                listener.done(extractive(retrieval, notNow, question, retrievalMs, 0));
                return AnswerStream.finished();
            }
            long generationStart = System.nanoTime();
            AnswerStream stream = new AnswerStream();
            StreamingAnswer handler = new StreamingAnswer(passages, matchesClaims(question), listener, stream, grounding, metrics,
                    draft -> finish(draft, retrieval, question, retrievalMs, millisSince(generationStart)),
                    fallback -> extractive(retrieval, fallback, question, retrievalMs, millisSince(generationStart)),
                    ollama::failed);
            // A cold model may take the whole call timeout to load before its first token; after that,
            // a silence of stream-idle-timeout means it has stalled. Either way it is held as unresponsive.
            Duration idle = ollamaProperties.streamIdleTimeout();
            handler.runWith(call, watchdog.watch(ollamaProperties.timeout(), idle,
                    () -> handler.abandon(ollama.silent(handler.started()))));
            call.onShutdown(() -> handler.abandon(ModelCallLimit.SHUTTING_DOWN));
            call = null; // the handler frees it when the answer ends
            try (ModelConnections.Binding bound = ModelConnections.bind(stream.connection())) {
                streamingChatModel.chat(request(question, passages), handler);
            } catch (RuntimeException e) {
                handler.onError(e);
            }
            return stream;
        } finally {
            if (call != null) {
                call.close();
            }
        }
    }

    /** Waits for the model call's turn; null when it came and the model may be asked, else why not. */
    private Fallback awaitModel(ModelCallLimit.Ticket call) {
        if (!call.awaitTurn(ollamaProperties.timeout())) {
            return calls.closing() ? ModelCallLimit.SHUTTING_DOWN : ModelCallLimit.busy(ollamaProperties.timeout());
        }
        // The model may have been found unresponsive while this question waited.
        OllamaStatus.State now = ollama.current();
        return now.ready() ? null : now.fallback();
    }

    /**
     * Whole articles sentence by sentence when they fit the model's budget, else what retrieval found.
     * Not asked at all (see the callers) when the question falls below the answerability model's gate:
     * a question the article is not about is answered "not found" at once, without a model call.
     */
    private List<Passage> forModel(Question question, Retrieval retrieval) {
        return context.wholeArticles(question.retrievalQuery(), question.articleId()).orElse(retrieval.passages());
    }

    /** The prompt, with the client's settings for this answer; unset ones keep the configured defaults. */
    private ChatRequest request(Question question, List<Passage> passages) {
        List<ChatMessage> messages = prompt.messages(question.text(), passages, question.history(), question.language());
        Generation generation = question.generation();
        ChatRequest.Builder request = ChatRequest.builder().messages(messages)
                .temperature(generation.temperature())
                .maxOutputTokens(generation.maxTokens());
        if (!generation.stop().isEmpty()) {
            request.stopSequences(generation.stop());
        }
        return request.build();
    }

    /**
     * Whether a citation may quote the sentence closest to the claim citing it. A claim written in
     * another language than the article cannot be compared with its sentences by the English
     * embedding model, so each cited passage then quotes the sentence that matched the (English)
     * retrieval query instead.
     */
    private static boolean matchesClaims(Question question) {
        return question.language() == null;
    }

    /**
     * The answer without a model. Whether the article answers at all is decided by the retrieval's
     * calibrated rule, since no model is there to say so; then the best sentences are quoted.
     */
    private Answer extractive(Retrieval retrieval, Fallback fallback, Question question, double retrievalMs,
            double generationMs) {
        Draft draft = retrieval.answerable()
                ? extractive.answer(retrieval.passages(), promptProperties.notFoundReply())
                : Draft.notAnswered(promptProperties.notFoundReply());
        Answer answer = new Answer(draft.text(), draft.answered(), Answer.Mode.EXTRACTIVE, null,
                joined(fallback.notice(), retrieval.notice()),
                draft.citations(), new Answer.Timings(retrievalMs, generationMs), null, question.retrievalQuery());
        metrics.answered(answer, fallback);
        return answer;
    }

    private Answer finish(Draft draft, Retrieval retrieval, Question question, double retrievalMs,
            double generationMs) {
        Answer answer = new Answer(draft.text(), draft.answered(), Answer.Mode.LLM, ollamaProperties.model(),
                retrieval.notice(),
                draft.citations(), new Answer.Timings(retrievalMs, generationMs), null, question.retrievalQuery());
        metrics.answered(answer, null);
        return answer;
    }

    private static String joined(String first, String second) {
        return first == null ? second : second == null ? first : first + " " + second;
    }

    private static double millisSince(long startNanos) {
        return Math.round((System.nanoTime() - startNanos) / 100_000.0) / 10.0;
    }
}
