package com.articlechat.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** A question word counts less the more of the article's sentences hold it: it is then the article's subject. */
class WordWeightsTests {

    @Test
    void should_weigh_a_word_by_how_many_of_the_article_s_sentences_hold_it() {
        assertThat(WordWeights.weight(4.0, 13, 0)).isEqualTo(4.0);
        assertThat(WordWeights.weight(4.0, 13, 1)).isEqualTo(4.0);
        assertThat(WordWeights.weight(4.0, 13, 5)).isCloseTo(4.0 * 0.42, within(0.01));
        assertThat(WordWeights.weight(4.0, 1, 1)).isEqualTo(4.0);
        assertThat(WordWeights.weight(4.0, 13, 13)).isLessThan(WordWeights.weight(4.0, 13, 5));
    }
}
