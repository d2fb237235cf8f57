package com.articlechat.retrieval;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.articlechat.knowledge.TextNormalizer;

/**
 * The sentences a citation quotes: the one that matched, and the sentence next to it when that one
 * holds a good share of what the question asks that the first lacks. A question often repeats its
 * context from one sentence ("in his talks with Xi") and asks about the next ("He described the
 * visit as a crucial opportunity"); quoting the first alone cites the right paragraph and misses
 * the answer. So does the next sentence when it opens by pointing back ("This approach...").
 */
final class QuoteSpan {

    private static final Pattern POINTS_BACK = Pattern.compile("^\\W*(?:This|These|That|Those|Such)\\b");

    private QuoteSpan() {
    }

    /**
     * {@code anchor}, or it and one neighbour in reading order, from {@code sentences} (a paragraph).
     * When both neighbours add as much, the next one: a question's context more often comes before
     * its answer than after.
     *
     * @param weights  the question's content terms, as {@link KeywordIndex#terms} gives them, each with
     *                 its weight in the paragraph's article ({@link WordWeights#weights})
     * @param minShare the share of the question's total weight that the neighbour must add to the
     *                 anchor's words
     */
    static List<ScoredSentence> of(KeywordIndex keywords, Map<String, Double> weights,
            List<ScoredSentence> sentences, ScoredSentence anchor, double minShare) {
        int position = sentences.indexOf(anchor);
        if (position < 0) {
            throw new IllegalArgumentException("The anchor is not one of the paragraph's sentences");
        }
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        if (total == 0) {
            return List.of(anchor);
        }
        Set<String> matched = keywords.terms(TextNormalizer.normalize(anchor.sentence().text()));
        int best = -1;
        double bestAdded = minShare * total;
        for (int neighbour : new int[] {position - 1, position + 1}) {
            if (neighbour < 0 || neighbour >= sentences.size()) {
                continue;
            }
            double added = 0;
            for (String term : keywords.terms(TextNormalizer.normalize(sentences.get(neighbour).sentence().text()))) {
                if (weights.containsKey(term) && !matched.contains(term)) {
                    added += weights.get(term);
                }
            }
            if (added >= bestAdded && added > 0) {
                best = neighbour;
                bestAdded = added;
            }
        }
        // "This approach, he said, could create new growth engines" says what the anchor's proposal
        // would do: a sentence that opens by pointing back at the anchor goes on with it.
        if (best < 0 && position + 1 < sentences.size()
                && POINTS_BACK.matcher(sentences.get(position + 1).sentence().text()).find()) {
            best = position + 1;
        }
        if (best < 0) {
            return List.of(anchor);
        }
        return best < position ? List.of(sentences.get(best), anchor) : List.of(anchor, sentences.get(best));
    }
}
