package com.articlechat.retrieval;

import org.springframework.stereotype.Component;

/**
 * The two fitted models of a search within one article: which sentences answer
 * ({@code retrieval/sentence-ranking.tsv}) and whether the article answers at all
 * ({@code retrieval/answerable.tsv}). Read at start; the eval command's fit replaces them in place,
 * so that the answerability model is fitted on what the newly fitted ranking finds.
 */
@Component
public class RetrievalModels {

    static final String RANKING = "/retrieval/sentence-ranking.tsv";
    static final String ANSWERABLE = "/retrieval/answerable.tsv";

    private volatile LogisticModel ranking;
    private volatile LogisticModel answerable;

    /** The bundled models, or those in {@code articlechat.retrieval.models-dir} when it is set. */
    RetrievalModels(RetrievalProperties properties) {
        java.nio.file.Path dir = properties.modelsDir();
        ranking = LogisticModel.load(RANKING, dir, SentenceRanking.SIGNALS);
        answerable = LogisticModel.load(ANSWERABLE, dir, AnswerSignals.SIGNALS);
    }

    LogisticModel ranking() {
        return ranking;
    }

    LogisticModel answerable() {
        return answerable;
    }

    void use(LogisticModel newRanking, LogisticModel newAnswerable) {
        ranking = newRanking;
        answerable = newAnswerable;
    }
}
