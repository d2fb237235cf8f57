package com.articlechat.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Reciprocal rank fusion of the vector and keyword rankings, as the hybrid search uses it. */
class RankFusionTests {

    private static final int K = 60;

    @Test
    void should_rank_a_sentence_both_searches_found_above_one_found_first_by_only_one() {
        // given: "both" is second in each ranking; "vector" and "keyword" each top one ranking only
        List<String> byVector = List.of("vector", "both", "v3");
        List<String> byKeyword = List.of("keyword", "both", "k3");

        // when
        List<String> fused = RankFusion.fuse(List.of(byVector, byKeyword), K);

        // then: 1/(60+2) + 1/(60+2) beats 1/(60+1)
        assertThat(fused.get(0)).isEqualTo("both");
        assertThat(fused).containsExactlyInAnyOrder("both", "vector", "keyword", "v3", "k3");
    }

    @Test
    void should_let_agreement_deep_in_both_lists_beat_a_lone_first_place() {
        // given: "agreed" is tenth in both rankings, "lone" first in one and absent from the other
        List<String> first = List.of("lone", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9", "agreed");
        List<String> second = List.of("b1", "b2", "b3", "b4", "b5", "b6", "b7", "b8", "b9", "agreed");

        // when
        List<String> fused = RankFusion.fuse(List.of(first, second), K);

        // then: 2/(60+10) beats 1/(60+1); this is why a sentence both searches find is trusted
        assertThat(fused.indexOf("agreed")).isLessThan(fused.indexOf("lone"));
    }

    @Test
    void should_keep_the_order_of_a_single_ranking() {
        // when
        List<String> fused = RankFusion.fuse(List.of(List.of("a", "b", "c")), K);

        // then
        assertThat(fused).containsExactly("a", "b", "c");
    }

    @Test
    void should_rank_sentences_of_the_article_with_most_evidence_first() {
        // given: article "a" tops the vector ranking with one sentence; article "b" has three
        // sentences found by both searches, none of them first
        List<String> byVector = List.of("a:1", "b:1", "b:2", "b:3", "c:1");
        List<String> byKeyword = List.of("c:1", "b:2", "b:1", "a:1", "b:3");

        // when
        List<String> byArticle = RankFusion.byArticle(List.of(byVector, byKeyword), K, key -> key.split(":")[0]);

        // then: all of b first, best sentence first within it; then the others by their evidence
        assertThat(byArticle.subList(0, 3)).containsExactly("b:1", "b:2", "b:3");
        assertThat(byArticle).hasSize(5).containsOnlyOnce("a:1", "c:1");
    }

    @Test
    void should_keep_the_fused_order_within_a_single_article() {
        // given
        List<String> byVector = List.of("a:3", "a:1", "a:2");
        List<String> byKeyword = List.of("a:3", "a:2");

        // when
        List<String> byArticle = RankFusion.byArticle(List.of(byVector, byKeyword), K, key -> "a");

        // then: one article, so only the sentences' own fused scores order them
        assertThat(byArticle).containsExactlyElementsOf(RankFusion.fuse(List.of(byVector, byKeyword), K));
    }
}
