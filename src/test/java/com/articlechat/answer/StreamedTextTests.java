package com.articlechat.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * A stream of model text shown to a client that cannot take text back: what is shown must always
 * be the start of the checked final answer.
 */
class StreamedTextTests {

    @Test
    void should_show_nothing_until_a_passage_is_cited() {
        // given
        StreamedText text = new StreamedText(3);

        // when
        List<String> shown = appendAll(text, "Lee's", " visit", " lasted", " four", " days", " [1]", ".");

        // then: held back until the marker, then shown at once
        assertThat(shown).containsExactly("", "", "", "", "", "Lee's visit lasted four days [1]", ".");
    }

    @Test
    void should_show_nothing_of_an_answer_that_cites_no_passage_it_was_sent() {
        // given
        StreamedText text = new StreamedText(3);

        // when
        appendAll(text, "Lee", " met", " Xi", " [7].", " Trade", " grew.");

        // then
        assertThat(text.shown()).isEmpty();
    }

    @Test
    void should_renumber_markers_as_the_final_check_does() {
        // given
        StreamedText text = new StreamedText(3);

        // when
        appendAll(text, "Trade peaked in 2022 [3].", " Lee met Xi [1].", " Trade is near $300 billion [3].");

        // then
        assertThat(text.shown()).isEqualTo("Trade peaked in 2022 [1]. Lee met Xi [2]. Trade is near $300 billion [1].");
    }

    @Test
    void should_hold_a_marker_until_it_is_closed_and_drop_it_with_its_space_if_it_points_at_nothing() {
        // given
        StreamedText text = new StreamedText(3);
        text.append("Lee met Xi [1].");

        // when
        String open = text.append(" Trade grew [");
        String closed = text.append("9].");

        // then: the open marker and the space before it wait; the dropped marker takes the space along
        assertThat(open).isEqualTo(" Trade grew");
        assertThat(closed).isEqualTo(".");
        assertThat(text.shown()).isEqualTo("Lee met Xi [1]. Trade grew.");
    }

    @Test
    void should_show_exactly_the_checked_answer_however_the_model_splits_its_text() {
        // given: answers with valid, invalid, repeated and range markers, split at random places
        List<String> answers = List.of(
                "Lee's visit lasted four days [1]. He met Xi [2][9], and trade [1-2] grew [3].",
                "  Lee warned about supply chains [2]. The article says more [0] [2, 3].",
                "Xi stressed stability [3]. See [1] too [4]. Done.");
        Random random = new Random(7);

        for (String answer : answers) {
            for (int run = 0; run < 50; run++) {
                StreamedText text = new StreamedText(3);
                StringBuilder shown = new StringBuilder();

                // when
                int at = 0;
                while (at < answer.length()) {
                    int next = Math.min(answer.length(), at + 1 + random.nextInt(6));
                    shown.append(text.append(answer.substring(at, next)));
                    at = next;
                }

                // then: everything shown, in order, is the final checked text
                assertThat(shown.toString()).isEqualTo(text.shown())
                        .isEqualTo(CitationMarkers.process(answer, 3).text());
            }
        }
    }

    private static List<String> appendAll(StreamedText text, String... pieces) {
        List<String> shown = new ArrayList<>();
        for (String piece : pieces) {
            shown.add(text.append(piece));
        }
        return shown;
    }
}
