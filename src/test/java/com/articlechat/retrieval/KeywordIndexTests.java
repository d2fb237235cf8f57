package com.articlechat.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** BM25 over sentences with Lucene, and the phrase boost for question words that stand together. */
class KeywordIndexTests {

    // Both sentences hold "Korea", "China" and "trade" once; only the first says them together.
    private static final KeywordIndex INDEX = KeywordIndex.build(List.of(
            new KeywordIndex.Entry("together", "seed",
                    "Lee highlighted the urgency of revitalizing Korea-China trade, which has hovered around the $300 billion mark after peaking in 2022."),
            new KeywordIndex.Entry("apart", "other",
                    "China said trade ministers would meet, and Korea said so too."),
            new KeywordIndex.Entry("unrelated", "other", "The museum reopens after an eight-year renovation.")));

    @Test
    void should_rank_a_sentence_that_says_the_question_words_together_first() {
        // when
        List<KeywordIndex.Match> matches = INDEX.search("What is the value of Korea-China trade?", 10, null, 2);

        // then
        assertThat(matches).extracting(KeywordIndex.Match::key).containsExactly("together", "apart");
    }

    @Test
    void should_rank_by_plain_bm25_when_the_phrase_boost_is_off() {
        // when: without the boost, the shorter sentence wins on BM25's length normalisation
        List<KeywordIndex.Match> matches = INDEX.search("What is the value of Korea-China trade?", 10, null, KeywordIndex.NO_PHRASE_BOOST);

        // then
        assertThat(matches).extracting(KeywordIndex.Match::key).containsExactly("apart", "together");
    }

    @Test
    void should_still_find_sentences_that_share_only_some_words() {
        // when: no two question words stand together anywhere
        List<KeywordIndex.Match> matches = INDEX.search("When does the museum open its renovation wing?", 10, null, 2);

        // then
        assertThat(matches).extracting(KeywordIndex.Match::key).containsExactly("unrelated");
    }

    @Test
    void should_search_one_article_only_when_asked() {
        // when
        List<KeywordIndex.Match> matches = INDEX.search("Korea-China trade", 10, "other", 2);

        // then
        assertThat(matches).extracting(KeywordIndex.Match::key).containsExactly("apart");
    }
}
