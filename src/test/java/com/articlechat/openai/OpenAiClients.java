package com.articlechat.openai;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.http.client.sse.ServerSentEvent;
import dev.langchain4j.model.catalog.ModelDescription;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiChatResponseMetadata;
import dev.langchain4j.model.openai.OpenAiModelCatalog;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;

/**
 * LangChain4j's OpenAI clients pointed at the running application, as a user would configure them
 * (a base URL and a key), and the extra fields of a response read from the raw JSON the client
 * exposes: it maps the standard fields to its own types and keeps the body as received.
 */
final class OpenAiClients {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final String baseUrl;
    private final String apiKey;

    OpenAiClients(int port, String apiKey) {
        this.baseUrl = "http://127.0.0.1:" + port + "/v1";
        this.apiKey = apiKey;
    }

    OpenAiChatModel.OpenAiChatModelBuilder chat(String model) {
        return OpenAiChatModel.builder().baseUrl(baseUrl).apiKey(apiKey).modelName(model).timeout(TIMEOUT)
                .maxRetries(0);
    }

    OpenAiStreamingChatModel.OpenAiStreamingChatModelBuilder streaming(String model) {
        return OpenAiStreamingChatModel.builder().baseUrl(baseUrl).apiKey(apiKey).modelName(model).timeout(TIMEOUT);
    }

    List<String> modelIds() {
        return OpenAiModelCatalog.builder().baseUrl(baseUrl).apiKey(apiKey).build().listModels().stream()
                .map(ModelDescription::name).toList();
    }

    /** A streamed answer: the text pieces in arrival order and the response the client assembled. */
    record Streamed(List<String> pieces, ChatResponse response) {

        /** The last {@code data:} event before {@code [DONE]}, which carries the citations. */
        JsonNode lastChunk() {
            List<ServerSentEvent> events = ((OpenAiChatResponseMetadata) response.metadata()).rawServerSentEvents();
            List<String> data = new ArrayList<>(events.stream().map(ServerSentEvent::data)
                    .filter(d -> !"[DONE]".equals(d.strip())).toList());
            return parse(data.get(data.size() - 1));
        }
    }

    static Streamed stream(OpenAiStreamingChatModel model, List<ChatMessage> messages) {
        List<String> pieces = new CopyOnWriteArrayList<>();
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        model.chat(ChatRequest.builder().messages(messages).build(), new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(String partial) {
                pieces.add(partial);
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                done.complete(response);
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }
        });
        try {
            ChatResponse response = done.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            return new Streamed(List.copyOf(pieces), response);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the streamed answer failed", e);
        }
    }

    /** The JSON body of a blocking answer, as received. */
    static JsonNode body(ChatResponse response) {
        return parse(((OpenAiChatResponseMetadata) response.metadata()).rawHttpResponse().body());
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JacksonException e) {
            throw new IllegalStateException("not JSON: " + json, e);
        }
    }
}
