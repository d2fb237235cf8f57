package com.articlechat.retrieval;

import java.net.http.HttpClient;
import java.util.EnumMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.langchain4j.http.client.jdk.JdkHttpClientBuilder;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.ollama.OllamaEmbeddingModel;

/**
 * The embedding model: in-process by default, shipped inside its jar so retrieval works with no
 * network; or an Ollama model for questions in other languages than the articles'.
 */
@Configuration(proxyBeanMethods = false)
class EmbeddingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddingConfiguration.class);

    // One instance per model: the ONNX session is loaded once, for questions and passages alike.
    private final Map<InProcessModel, EmbeddingModel> models = new EnumMap<>(InProcessModel.class);

    // One in-process instance per JVM: the ONNX session is static and thread-safe, and a second
    // class loader cannot load the native library again.
    @Bean
    InProcessModel inProcessModel(EmbeddingProperties properties) {
        return InProcessModel.named(properties.inProcess());
    }

    /** The model as passages see it: every sentence of every article is embedded with this. */
    @Bean
    EmbeddingModel embeddingModel(EmbeddingProperties properties, InProcessModel inProcess) {
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
        log.info("Embedding in-process with {}", inProcess.key());
        return PrefixedEmbeddingModel.of(shared(inProcess), inProcess.passagePrefix());
    }

    /** Sentence vectors kept between runs, in a folder of their own for each model. */
    @Bean
    EmbeddingCache embeddingCache(IndexProperties index, EmbeddingProperties properties, InProcessModel inProcess) {
        return new EmbeddingCache(index.cacheDir(), properties.usesOllama() ? "ollama-" + properties.model()
                : inProcess.key());
    }

    @Bean
    ArticleEmbedder articleEmbedder(EmbeddingModel embeddingModel, EmbeddingCache cache) {
        return new ArticleEmbedder(embeddingModel, cache);
    }

    @Bean
    QuestionEncoder questionEncoder(EmbeddingProperties properties, InProcessModel inProcess,
            EmbeddingModel passages) {
        if (properties.usesOllama()) {
            return new QuestionEncoder(passages);
        }
        return new QuestionEncoder(PrefixedEmbeddingModel.of(shared(inProcess), inProcess.questionPrefix()));
    }

    private synchronized EmbeddingModel shared(InProcessModel model) {
        return models.computeIfAbsent(model, m -> new LazyEmbeddingModel(m::create));
    }
}
