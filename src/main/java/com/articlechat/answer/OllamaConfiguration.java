package com.articlechat.answer;

import java.net.http.HttpClient;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.langchain4j.http.client.jdk.JdkHttpClientBuilder;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaModels;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;

/** The LangChain4j Ollama clients, built here because its Spring Boot 4 starters are not available. */
@Configuration(proxyBeanMethods = false)
class OllamaConfiguration {

    @Bean
    ChatModel chatModel(OllamaProperties ollama) {
        return OllamaChatModel.builder()
                .httpClientBuilder(http1())
                .baseUrl(ollama.baseUrl())
                .modelName(ollama.model())
                .temperature(ollama.temperature())
                .numCtx(ollama.numCtx())
                .timeout(ollama.timeout())
                // The answer service falls back to extractive at once; retries would only delay that.
                .maxRetries(0)
                .build();
    }

    @Bean
    StreamingChatModel streamingChatModel(OllamaProperties ollama) {
        return OllamaStreamingChatModel.builder()
                .httpClientBuilder(http1())
                .baseUrl(ollama.baseUrl())
                .modelName(ollama.model())
                .temperature(ollama.temperature())
                .numCtx(ollama.numCtx())
                .timeout(ollama.timeout())
                .build();
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
    private static JdkHttpClientBuilder http1() {
        return new JdkHttpClientBuilder().httpClientBuilder(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1));
    }
}
