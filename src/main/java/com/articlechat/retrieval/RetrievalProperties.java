package com.articlechat.retrieval;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many passages a question gets and how relevant they must be.
 *
 * @param maxPassages paragraphs handed to the answerer, numbered [1]..[k]
 * @param minScore    cosine similarity below which a sentence is not evidence at all
 * @param candidates  sentences taken from each of the vector and keyword searches before fusing
 * @param fusionK     the k of reciprocal rank fusion; 60 is the value of the original paper
 * @param proximitySlop words allowed between two neighbouring question terms for the keyword search
 *                    to score them again as a phrase; negative turns the phrase boost off
 * @param quoteNeighbourShare share of the question's words (weighted as the answerable rule weighs
 *                    them) that the sentence next to the matched one must add for a citation to
 *                    quote both; above 1, citations quote one sentence
 * @param answerable  when passages found across articles count as an answer without a model to judge them
 * @param modelsDir   a folder with recalibrated {@code sentence-ranking.tsv} and {@code answerable.tsv}
 *                    ({@code --fit-models} writes them); empty for the bundled ones
 */
@ConfigurationProperties("articlechat.retrieval")
public record RetrievalProperties(int maxPassages, double minScore, int candidates, int fusionK,
        int proximitySlop, double quoteNeighbourShare, Answerable answerable,
        java.nio.file.Path modelsDir) {

    /**
     * The rule that decides, without an LLM, whether the article answers a question. One cosine
     * threshold cannot: an off-topic question about the same people scores as high as a real one.
     * So a passage must also contain the question's content words (weighted by rarity), unless
     * its meaning matches very closely. Used across articles only.
     *
     * @param minCoverage  share of the question's content words, IDF-weighted, a passage must contain
     * @param minScore     cosine a passage must reach together with that coverage
     * @param sureScore    cosine at which a passage answers whatever its words
     * @param keyTerm      whether the passage's article must also contain the question's most specific
     *                     word that any article contains: what tells hundreds of articles apart, but
     *                     within the one a reader chose it mostly turns away questions in other words
     */
    public record Answerable(double minCoverage, double minScore, double sureScore, boolean keyTerm) {

        boolean test(double topCosine, double coverage) {
            return topCosine >= sureScore || (topCosine >= minScore && coverage >= minCoverage);
        }
    }
}
