package com.articlechat.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.articlechat.knowledge.Article;
import com.articlechat.knowledge.Sentence;
import com.articlechat.knowledge.TextNormalizer;
import com.articlechat.support.SeedArticle;

/** Word-by-word matching of a question against sentences, with the real MiniLM model. */
class TokenMatcherTests {

    private static final Article SEED = SeedArticle.parsed();

    private final TokenMatcher matcher = new TokenMatcher();

    @Test
    void should_rank_the_sentence_that_answers_above_the_ones_that_share_the_question_s_subject() {
        // given: the seed's sentences; paragraph 2 says the relationship "has faced political strain
        // and economic stagnation", paragraph 4 that both nations "have benefited from tightly linked
        // industrial networks"; several others name Seoul and Beijing, or "both economies"
        List<String> sentences = SEED.sentences().stream().map(s -> TextNormalizer.normalize(s.text())).toList();

        // when
        String difficulties = best("What difficulties has the Seoul-Beijing relationship gone through lately?",
                sentences);
        String helped = best("What has helped both economies in the past, according to Lee?", sentences);

        // then: the sentence embedding and BM25 each ranked another paragraph first for both
        assertThat(difficulties).contains("political strain");
        assertThat(helped).contains("have benefited from tightly linked industrial networks");
    }

    @Test
    void should_count_a_word_less_when_most_sentences_hold_one_standing_for_it() {
        // given: "Seoul" and "Beijing" are in few of the seed's sentences, but "Korea", "Korean",
        // "China" and "Chinese" in most; only paragraph 2 speaks of the relationship's troubles
        List<String> sentences = SEED.sentences().stream().map(s -> TextNormalizer.normalize(s.text())).toList();

        // when
        String troubles = best("What troubles has the Seoul-Beijing relationship been going through?", sentences);

        // then: counting only the words themselves, the sentence naming Seoul and Beijing won
        assertThat(troubles).contains("political strain");
    }

    @Test
    void should_count_twice_the_kind_of_thing_a_what_question_asks_for() {
        // given
        List<String> sentences = SEED.sentences().stream().map(s -> TextNormalizer.normalize(s.text())).toList();

        // when: the "problems" are the question; Seoul and Beijing frame it, and paragraph 6 names both
        String problems = best("What problems has the relationship between Seoul and Beijing run into?", sentences);

        // then
        assertThat(problems).contains("political strain");
    }

    @Test
    void should_score_a_sentence_holding_the_question_word_for_word_as_a_full_match() {
        // given
        Sentence sentence = SEED.sentences().get(3);
        String text = TextNormalizer.normalize(sentence.text());

        // when
        Map<String, Double> scores = matcher.scores(text, List.of(text, "Fishing boats waited in the harbour."));

        // then: every counted word finds itself, in the same context
        assertThat(scores.get(text)).isCloseTo(1.0, within(1e-4));
        assertThat(scores.get("Fishing boats waited in the harbour.")).isLessThan(0.6);
    }

    @Test
    void should_not_count_stop_words_or_the_sentences_shared_words_in_full() {
        // when: only stop words; and a word that every sentence holds, next to one that only one holds
        Map<String, Double> stopWordsOnly = matcher.scores("What did they say about it?",
                List.of("Lee spoke.", "Xi listened."));
        Map<String, Double> shared = matcher.scores("What did Lee say about trade?",
                List.of("Lee met Xi.", "Lee discussed trade."));

        // then: nothing to match is no match; the word all sentences share decides nothing
        assertThat(stopWordsOnly.values()).containsOnly(0.0);
        assertThat(shared.get("Lee discussed trade.")).isGreaterThan(shared.get("Lee met Xi."));
    }

    private String best(String question, List<String> sentences) {
        Map<String, Double> scores = matcher.scores(question, sentences);
        return sentences.stream().max(Comparator.comparingDouble(scores::get)).orElseThrow();
    }
}
