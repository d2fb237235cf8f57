package com.articlechat.retrieval;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which model embeds sentences and questions.
 *
 * @param provider {@code in-process} (a model shipped in its jar, see {@code inProcess}; English, no network, the default) or
 *                 {@code ollama} (e.g. bge-m3, multilingual, but Ollama must then be running to
 *                 index or search anything)
 * @param model    the Ollama embedding model, when the provider is {@code ollama}
 * @param baseUrl  where that Ollama listens
 * @param timeout  for one embedding call to Ollama
 * @param inProcess which model shipped in its jar embeds, when the provider is {@code in-process}:
 *                 {@code all-minilm-l6-v2}, {@code bge-small-en-v15} or {@code e5-small-v2}
 */
@ConfigurationProperties("articlechat.embedding")
public record EmbeddingProperties(String provider, String model, String baseUrl, Duration timeout,
        String inProcess) {

    boolean usesOllama() {
        return "ollama".equalsIgnoreCase(provider);
    }
}
