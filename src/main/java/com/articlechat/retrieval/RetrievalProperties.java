package com.articlechat.retrieval;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many passages a question gets and how articles are searched.
 *
 * @param maxPassages paragraphs handed to the answerer, numbered [1]..[k]
 * @param candidates  sentences the keyword search looks at to propose articles, across articles
 * @param proximitySlop words allowed between two neighbouring question terms for the keyword search
 *                    to score them again as a phrase; negative turns the phrase boost off
 * @param quoteNeighbourShare share of the question's words (weighted as {@link WordWeights} weighs
 *                    them) that the sentence next to the matched one must add for a citation to
 *                    quote both; above 1, citations quote one sentence
 * @param articleCandidates across articles, how many articles each of the vector and keyword searches
 *                    proposes for the answerability model to choose from
 * @param modelsDir   a folder with recalibrated {@code sentence-ranking.tsv} and {@code answerable.tsv}
 *                    ({@code --fit-models} writes them); empty for the bundled ones
 */
@ConfigurationProperties("articlechat.retrieval")
public record RetrievalProperties(int maxPassages, int candidates, int proximitySlop, double quoteNeighbourShare,
        java.nio.file.Path modelsDir, int articleCandidates) {
}
