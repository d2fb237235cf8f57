package com.articlechat.answer;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;

/**
 * The blocking model for short prompts of the application's own (rewriting a follow-up), under the
 * same rules as answers: a place within the call limit, the first-token and idle watchdogs, and an
 * early end at shutdown. It streams underneath, because only a stream can be watched for silence.
 * A model that goes silent makes the call throw {@link TimeoutException}, which the caller reports
 * to {@link OllamaStatus#failed}.
 */
final class GuardedChatModel implements ChatModel {

    private final StreamingChatModel model;
    private final ModelCallLimit limit;
    private final IdleWatchdog watchdog;
    private final OllamaProperties properties;

    GuardedChatModel(StreamingChatModel model, ModelCallLimit limit, IdleWatchdog watchdog,
            OllamaProperties properties) {
        this.model = model;
        this.limit = limit;
        this.watchdog = watchdog;
        this.properties = properties;
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        try (ModelCallLimit.Ticket ticket = limit.enter()) {
            if (!ticket.awaitTurn(properties.timeout())) {
                throw new IllegalStateException("No model call came free within " + properties.timeout().toSeconds()
                        + " s, or the application is shutting down.");
            }
            CompletableFuture<ChatResponse> reply = new CompletableFuture<>();
            AnswerStream stream = new AnswerStream();
            IdleWatchdog.Watch watch = watchdog.watch(properties.timeout(), properties.streamIdleTimeout(),
                    () -> reply.completeExceptionally(new TimeoutException("The model " + properties.model()
                            + " went silent.")));
            ticket.onShutdown(() -> reply.completeExceptionally(
                    new IllegalStateException("The application is shutting down.")));
            try {
                try (ModelConnections.Binding bound = ModelConnections.bind(stream.connection())) {
                    model.chat(request, new Collector(reply, watch, stream));
                }
                return reply.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            } finally {
                watch.stop();
                stream.cancel();
            }
        }
    }

    private record Collector(CompletableFuture<ChatResponse> reply, IdleWatchdog.Watch watch, AnswerStream stream)
            implements StreamingChatResponseHandler {

        @Override
        public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
            stream.attach(context.streamingHandle());
            watch.touch();
        }

        @Override
        public void onCompleteResponse(ChatResponse response) {
            reply.complete(response);
        }

        @Override
        public void onError(Throwable error) {
            reply.completeExceptionally(error);
        }
    }
}
