package com.articlechat.retrieval;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.aggregator.ReciprocalRankFuser;

/**
 * Reciprocal rank fusion of several rankings of sentence keys, by LangChain4j's
 * {@link ReciprocalRankFuser}: it uses ranks only, so cosine similarities and BM25 scores, which
 * live on different scales, need no calibration against each other.
 */
final class RankFusion {

    private RankFusion() {
    }

    /**
     * The same keys ranked by the evidence for their whole article: the sum of the reciprocal-rank
     * scores of all its sentences found (CombSUM), then in fused order. An article that
     * matches a question in several places is more likely the one asked about than an article
     * with one sentence that happens to share its words, which is what decides among hundreds of
     * articles on similar subjects. Scores are summed as {@link ReciprocalRankFuser} computes them.
     */
    static List<String> byArticle(Collection<List<String>> rankings, int k, Function<String, String> articleOf) {
        Map<String, Double> sentence = new HashMap<>();
        for (List<String> ranking : rankings) {
            for (int i = 0; i < ranking.size(); i++) {
                sentence.merge(ranking.get(i), 1.0 / (k + i + 1), Double::sum);
            }
        }
        Map<String, Double> article = new HashMap<>();
        sentence.forEach((key, score) -> article.merge(articleOf.apply(key), score, Double::sum));
        // A stable sort of the fused order: within an article, and between tied sentences, the
        // sentences keep the order fusion gave them.
        return fuse(rankings, k).stream()
                .sorted(Comparator.<String>comparingDouble(key -> article.get(articleOf.apply(key))).reversed())
                .toList();
    }

    /** Keys ordered by fused rank, best first; a key found by several rankings rises. */
    static List<String> fuse(Collection<List<String>> rankings, int k) {
        List<List<Content>> contents = rankings.stream()
                .map(keys -> keys.stream().map(Content::from).toList())
                .toList();
        return ReciprocalRankFuser.fuse(contents, k).stream().map(c -> c.textSegment().text()).toList();
    }
}
