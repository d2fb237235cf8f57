package com.articlechat.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** BM25 over sentences with Lucene, the phrase boost for question words that stand together, and names. */
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
        List<KeywordIndex.Match> matches = INDEX.search("What is the value of Korea-China trade?", 10, null, KeywordIndex.PLAIN_BM25);

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

    // A news article spells the name out once, then says "Lee".
    private static final KeywordIndex NAMES = KeywordIndex.build(List.of(
            new KeywordIndex.Entry("first-mention", "seed",
                    "President Lee Jae Myung arrived in Beijing."),
            new KeywordIndex.Entry("answer", "seed",
                    "Lee also warned that global supply chains are becoming increasingly unpredictable.")));

    @Test
    void should_count_the_words_of_a_name_as_one_term() {
        // when
        List<KeywordIndex.Match> matches = NAMES.search("What did Lee Jae Myung say about supply chains?", 10, null, 2);

        // then
        assertThat(matches).extracting(KeywordIndex.Match::key).containsExactly("answer", "first-mention");
    }

    @Test
    void should_count_each_word_of_a_name_in_plain_bm25() {
        // when: in textbook BM25, "jae" and "myung" weigh as much as "supply" and "chains", and the
        // shorter sentence wins
        List<KeywordIndex.Match> matches = NAMES.search("What did Lee Jae Myung say about supply chains?", 10, null,
                KeywordIndex.PLAIN_BM25);

        // then
        assertThat(matches).extracting(KeywordIndex.Match::key).containsExactly("first-mention", "answer");
    }

    // An article of 13 sentences that names Seoul and Beijing in six; one is about the relationship.
    private static final KeywordIndex SUBJECTS = KeywordIndex.build(subjects());

    private static List<KeywordIndex.Entry> subjects() {
        List<KeywordIndex.Entry> entries = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            entries.add(new KeywordIndex.Entry("names-" + i, "seed", "Seoul and Beijing held talks on item " + i + "."));
        }
        entries.add(new KeywordIndex.Entry("answer", "seed", "The relationship has faced political strain."));
        for (int i = 0; i < 6; i++) {
            entries.add(new KeywordIndex.Entry("filler-" + i, "seed", "Officials toured factory number " + i + "."));
        }
        for (int i = 0; i < 30; i++) {
            entries.add(new KeywordIndex.Entry("other-" + i, "other", "The museum in town " + i + " reopens."));
        }
        return entries;
    }

    @Test
    void should_count_the_article_s_own_subjects_less_within_one_article() {
        // when
        List<KeywordIndex.Match> within = SUBJECTS.search("What has the Seoul-Beijing relationship gone through?", 10,
                "seed", 2);
        List<KeywordIndex.Match> across = SUBJECTS.search("What has the Seoul-Beijing relationship gone through?", 10,
                null, 2);

        // then: across articles "Seoul" and "Beijing" together outweigh "relationship"
        assertThat(within.get(0).key()).isEqualTo("answer");
        assertThat(across.get(0).key()).isNotEqualTo("answer");
    }

    @Test
    void should_weigh_a_word_by_how_many_of_the_article_s_sentences_hold_it() {
        assertThat(KeywordIndex.withinArticle(13, 0)).isEqualTo(1.0);
        assertThat(KeywordIndex.withinArticle(13, 1)).isEqualTo(1.0);
        assertThat(KeywordIndex.withinArticle(13, 5)).isCloseTo(0.42, org.assertj.core.api.Assertions.within(0.01));
        assertThat(KeywordIndex.withinArticle(1, 1)).isEqualTo(1.0);
    }

    @Test
    void should_search_one_article_only_when_asked() {
        // when
        List<KeywordIndex.Match> matches = INDEX.search("Korea-China trade", 10, "other", 2);

        // then
        assertThat(matches).extracting(KeywordIndex.Match::key).containsExactly("apart");
    }
}
