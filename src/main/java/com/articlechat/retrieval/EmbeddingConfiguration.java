package com.articlechat.retrieval;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;

/** The in-process embedding model: shipped inside its jar, so retrieval works with no network. */
@Configuration(proxyBeanMethods = false)
class EmbeddingConfiguration {

    // One instance per JVM: the ONNX session is static and thread-safe, and a second class loader
    // cannot load the native library again.
    @Bean
    EmbeddingModel embeddingModel() {
        return new AllMiniLmL6V2EmbeddingModel();
    }
}
