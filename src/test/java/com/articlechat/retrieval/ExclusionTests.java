package com.articlechat.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a question sets aside ("apart from Xi"), and which sentence then goes first. */
class ExclusionTests {

    private static final String TALKS = "During talks with Chinese President Xi Jinping, Lee emphasized the need to restore trust.";
    private static final String MEETING = "At a separate meeting with business leaders, Lee highlighted the urgency of trade.";
    private static final String STOPS = "Lee's visit includes stops in Beijing and Shanghai.";
    private static final String AREAS = "Lee urged both countries to strengthen cooperation in security, technology and economic development.";
    private static final String XI = "Xi, meanwhile, stressed the importance of stability.";
    private static final String DIALOGUE = "The two leaders agreed to continue dialogue on regional security, "
            + "while also exploring new areas of cooperation.";

    private static final KeywordIndex INDEX = KeywordIndex.build(List.of(
            new KeywordIndex.Entry("talks", "seed", TALKS),
            new KeywordIndex.Entry("meeting", "seed", MEETING),
            new KeywordIndex.Entry("stops", "seed", STOPS),
            new KeywordIndex.Entry("areas", "seed", AREAS),
            new KeywordIndex.Entry("xi", "seed", XI),
            new KeywordIndex.Entry("dialogue", "seed", DIALOGUE)));

    @Test
    void should_put_first_the_best_sentence_that_does_not_name_what_is_set_aside() {
        // given: the fused order
        List<String> ranked = List.of(TALKS, XI, MEETING, STOPS);

        // when
        List<String> reordered = Exclusion.of("Who did Lee talk to apart from Xi?", INDEX).orElseThrow()
                .otherFirst(ranked, Function.identity(), INDEX);

        // then: only the first place changes
        assertThat(reordered).containsExactly(MEETING, TALKS, XI, STOPS);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Besides Beijing, which other Chinese city is Lee stopping in? | stops
            Other than security, in which areas did Lee want cooperation? | areas
            Apart from economic development, what did Lee want to cooperate on? | areas
            Besides security, did the leaders talk about working together on anything new? | dialogue
            Besides continuing dialogue, what did the leaders agree to explore? | dialogue
            """)
    void should_keep_first_a_sentence_that_lists_what_is_set_aside_with_others(String question, String first) {
        // given
        List<String> ranked = List.of(switch (first) {
            case "stops" -> STOPS;
            case "dialogue" -> DIALOGUE;
            default -> AREAS;
        }, TALKS, MEETING);

        // when
        List<String> reordered = Exclusion.of(question, INDEX).orElseThrow()
                .otherFirst(ranked, Function.identity(), INDEX);

        // then
        assertThat(reordered).isEqualTo(ranked);
    }

    @Test
    void should_set_aside_a_description_as_well_as_a_name() {
        // given
        List<String> ranked = List.of(TALKS, AREAS, MEETING);

        // when
        List<String> reordered = Exclusion.of("Who did Lee speak to apart from the Chinese president?", INDEX)
                .orElseThrow().otherFirst(ranked, Function.identity(), INDEX);

        // then
        assertThat(reordered).containsExactly(AREAS, TALKS, MEETING);
    }

    @Test
    void should_find_nothing_set_aside_in_an_ordinary_question() {
        assertThat(Exclusion.of("Who did Lee talk to?", INDEX)).isEmpty();
        assertThat(Exclusion.of("What did Lee say apart?", INDEX)).isEmpty();
    }
}
