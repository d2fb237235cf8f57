package com.articlechat.retrieval;

import com.articlechat.knowledge.Sentence;

/** A sentence with its cosine similarity to the question. */
public record ScoredSentence(Sentence sentence, double score) {
}
