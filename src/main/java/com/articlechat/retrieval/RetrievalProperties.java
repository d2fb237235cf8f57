package com.articlechat.retrieval;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many passages a question gets and how relevant they must be.
 *
 * @param maxPassages paragraphs handed to the answerer, numbered [1]..[k]
 * @param minScore    cosine similarity below which a sentence is not evidence at all
 * @param candidates  sentences taken from the vector store before grouping them by paragraph
 */
@ConfigurationProperties("articlechat.retrieval")
public record RetrievalProperties(int maxPassages, double minScore, int candidates) {
}
