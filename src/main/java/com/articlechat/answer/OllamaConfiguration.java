package com.articlechat.answer;

import java.net.http.HttpClient;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.jdk.JdkHttpClientBuilder;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaModels;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;

/**
 * The LangChain4j Ollama clients, built here because its Spring Boot 4 starters are not available,
 * and the limit every call to the model goes through.
 */
@Configuration(proxyBeanMethods = false)
class OllamaConfiguration {

    @Bean
    ModelCallLimit modelCallLimit(OllamaProperties ollama) {
        return new ModelCallLimit(ollama);
    }

    /** Only answers (and, through {@link GuardedChatModel}, follow-up rewrites) may call this, within the limit. */
    @Bean
    StreamingChatModel streamingChatModel(OllamaProperties ollama) {
        return OllamaStreamingChatModel.builder()
                .httpClientBuilder(ModelConnections.droppable(http1()))
                .baseUrl(ollama.baseUrl())
                .modelName(ollama.model())
                .temperature(ollama.temperature())
                .numCtx(ollama.numCtx())
                // For a stream this bounds the wait for response headers, which Ollama sends with the first token.
                .timeout(ollama.timeout())
                .build();
    }

    /** The blocking model for the application's own short prompts, under the same limit and watchdogs. */
    @Bean
    ChatModel chatModel(StreamingChatModel streamingChatModel, ModelCallLimit limit, IdleWatchdog watchdog,
            OllamaProperties ollama) {
        return new GuardedChatModel(streamingChatModel, limit, watchdog, ollama);
    }

    @Bean
    ModelHealth modelHealth(OllamaProperties ollama) {
        // The recovery probe runs while no question uses the model, so it needs no place within the limit.
        OllamaChatModel probe = OllamaChatModel.builder()
                .httpClientBuilder(http1())
                .baseUrl(ollama.baseUrl())
                .modelName(ollama.model())
                .numCtx(ollama.numCtx())
                .timeout(ollama.timeout())
                .maxRetries(0)
                .build();
        return new ModelHealth(probe, ollama);
    }

    @Bean
    OllamaModels ollamaModels(OllamaProperties ollama) {
        return OllamaModels.builder()
                .httpClientBuilder(http1())
                .baseUrl(ollama.baseUrl())
                .timeout(ollama.probeTimeout())
                .maxRetries(0)
                .build();
    }

    // Ollama speaks HTTP/1.1 only; pinning it spares every call the JDK client's h2c upgrade attempt.
    private static HttpClientBuilder http1() {
        return new JdkHttpClientBuilder().httpClientBuilder(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1));
    }
}
