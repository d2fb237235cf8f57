package com.articlechat.retrieval;

import java.util.Collection;
import java.util.List;

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

    /** Keys ordered by fused rank, best first; a key found by several rankings rises. */
    static List<String> fuse(Collection<List<String>> rankings, int k) {
        List<List<Content>> contents = rankings.stream()
                .map(keys -> keys.stream().map(Content::from).toList())
                .toList();
        return ReciprocalRankFuser.fuse(contents, k).stream().map(c -> c.textSegment().text()).toList();
    }
}
