package com.articlechat.retrieval;

import java.util.List;

/**
 * What a search found for a question, and whether it is strong enough evidence to answer from
 * without a model to judge it.
 *
 * @param passages  paragraphs best first, numbered [1]..[k] when sent to a model
 * @param topCosine the best cosine similarity of any sentence to the question
 * @param coverage  share of the question's content words, weighted by rarity, found in the best passage
 * @param answerable the calibrated verdict for extractive answers: does the best passage answer?
 * @param confidence the answerability model's probability that the article answers (within one
 *                   article); across articles, 1 or 0 as the rule decides
 * @param worthAsking whether an LLM should be asked at all: within one article, the answerability
 *                   model's lower bar (its gate), which turns away only what the article is not about,
 *                   since the LLM judges the rest better; across articles, whether anything was found
 * @param notice     what the reader should know about what was searched (an archive still being
 *                   indexed); null otherwise
 */
public record Retrieval(List<Passage> passages, double topCosine, double coverage, boolean answerable,
        double confidence, boolean worthAsking, String notice) {

    public Retrieval {
        passages = List.copyOf(passages);
    }

    Retrieval(List<Passage> passages, double topCosine, double coverage, boolean answerable, double confidence,
            boolean worthAsking) {
        this(passages, topCosine, coverage, answerable, confidence, worthAsking, null);
    }

    Retrieval withNotice(String text) {
        return new Retrieval(passages, topCosine, coverage, answerable, confidence, worthAsking, text);
    }
}
