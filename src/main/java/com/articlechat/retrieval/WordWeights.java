package com.articlechat.retrieval;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * How much each of a question's words counts within one article, for choosing what a citation
 * quotes ({@link QuoteSpan}).
 */
final class WordWeights {

    private WordWeights() {
    }

    /** The {@link #weight} of each of the question's content words ({@code asked}) in the article. */
    static Map<String, Double> weights(KeywordIndex keywords, Set<String> asked, String articleId) {
        int sentences = keywords.articleSentences(articleId);
        Map<String, Double> weights = new HashMap<>();
        for (String term : asked) {
            weights.put(term, weight(keywords.idf(term), sentences, keywords.articleFrequency(articleId, term)));
        }
        return weights;
    }

    /**
     * How much a question word says about whether this article answers it: its rarity in the corpus
     * (IDF), discounted when it is one of the article's own subjects. Nearly every question about an
     * article names its people and places ("Lee", "Seoul"), so finding them shows only that the
     * question is about the article, not that the article answers it: "What car does Lee drive?"
     * must not count as a third answered because the article names Lee. The discount is
     * {@link KeywordIndex#withinArticle}, the same as the ranking within one article uses.
     */
    static double weight(double idf, int articleSentences, int sentencesWithTerm) {
        return idf * KeywordIndex.withinArticle(articleSentences, sentencesWithTerm);
    }
}
