package com.articlechat.retrieval;

import java.net.http.HttpClient;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.langchain4j.http.client.jdk.JdkHttpClientBuilder;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.ollama.OllamaEmbeddingModel;

/**
 * The embedding model: in-process by default, shipped inside its jar so retrieval works with no
 * network; or an Ollama model for questions in other languages than the articles'.
 */
@Configuration(proxyBeanMethods = false)
class EmbeddingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddingConfiguration.class);

    // One in-process instance per JVM: the ONNX session is static and thread-safe, and a second
    // class loader cannot load the native library again.
    @Bean
    EmbeddingModel embeddingModel(EmbeddingProperties properties) {
        if (properties.usesOllama()) {
            log.info("Embedding with Ollama model {} at {}", properties.model(), properties.baseUrl());
            return OllamaEmbeddingModel.builder()
                    .httpClientBuilder(new JdkHttpClientBuilder()
                            .httpClientBuilder(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)))
                    .baseUrl(properties.baseUrl())
                    .modelName(properties.model())
                    .timeout(properties.timeout())
                    .build();
        }
        return new AllMiniLmL6V2EmbeddingModel();
    }
}
