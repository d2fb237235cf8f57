package com.articlechat.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.articlechat.answer.CitationMarkers.CitedText;
import com.articlechat.answer.CitationMarkers.Use;

/** A model's {@code [n]} markers are checked against the passages sent: none may point at nothing. */
class CitationMarkersTests {

    @Test
    void should_remove_a_marker_that_points_at_no_passage_with_its_preceding_space() {
        // given
        String answer = "Lee's visit lasted four days [1]. Unrelated [9].";

        // when
        CitedText cited = CitationMarkers.process(answer, 3);

        // then
        assertThat(cited.text()).isEqualTo("Lee's visit lasted four days [1]. Unrelated.");
        assertThat(cited.uses()).extracting(Use::passage).containsExactly(1);
    }

    @Test
    void should_remove_marker_zero_and_leave_no_uses_when_nothing_valid_is_cited() {
        // given
        String answer = "Lee met Xi [0]. Trade grew [4].";

        // when
        CitedText cited = CitationMarkers.process(answer, 3);

        // then
        assertThat(cited.text()).isEqualTo("Lee met Xi. Trade grew.");
        assertThat(cited.uses()).isEmpty();
    }

    @Test
    void should_renumber_markers_in_order_of_first_use() {
        // given
        String answer = "Trade peaked in 2022 [3]. Lee met Xi [1]. Trade now hovers near $300 billion [3].";

        // when
        CitedText cited = CitationMarkers.process(answer, 3);

        // then
        assertThat(cited.text())
                .isEqualTo("Trade peaked in 2022 [1]. Lee met Xi [2]. Trade now hovers near $300 billion [1].");
        assertThat(cited.uses()).extracting(Use::passage).containsExactly(3, 1);
    }

    @Test
    void should_accept_adjacent_markers() {
        // given
        String answer = "Lee called for cooperation [2][1].";

        // when
        CitedText cited = CitationMarkers.process(answer, 3);

        // then
        assertThat(cited.text()).isEqualTo("Lee called for cooperation [1][2].");
        assertThat(cited.uses()).extracting(Use::passage).containsExactly(2, 1);
    }

    @Test
    void should_split_comma_separated_groups_with_or_without_spaces() {
        // given
        String spaced = "Lee called for cooperation [1, 2].";
        String tight = "Lee called for cooperation [1,2].";

        // when
        CitedText fromSpaced = CitationMarkers.process(spaced, 3);
        CitedText fromTight = CitationMarkers.process(tight, 3);

        // then
        assertThat(fromSpaced.text()).isEqualTo("Lee called for cooperation [1][2].");
        assertThat(fromTight.text()).isEqualTo("Lee called for cooperation [1][2].");
        assertThat(fromSpaced.uses()).extracting(Use::passage).containsExactly(1, 2);
        assertThat(fromTight.uses()).extracting(Use::passage).containsExactly(1, 2);
    }

    @Test
    void should_keep_only_the_valid_numbers_of_a_group() {
        // given
        String answer = "Xi stressed stability [2, 9].";

        // when
        CitedText cited = CitationMarkers.process(answer, 3);

        // then
        assertThat(cited.text()).isEqualTo("Xi stressed stability [1].");
        assertThat(cited.uses()).extracting(Use::passage).containsExactly(2);
    }

    @Test
    void should_cite_a_number_repeated_within_one_group_once() {
        // given
        String answer = "Xi stressed stability [2, 2, 1, 2].";

        // when
        CitedText cited = CitationMarkers.process(answer, 3);

        // then
        assertThat(cited.text()).isEqualTo("Xi stressed stability [1][2].");
        assertThat(cited.uses()).extracting(Use::passage).containsExactly(2, 1);
    }

    @Test
    void should_record_the_sentence_a_marker_ends_as_the_claim_it_supports() {
        // given
        String answer = "The visit lasted four days [2]. Xi stressed stability in Northeast Asia [1]! Lee met Xi [2].";

        // when
        CitedText cited = CitationMarkers.process(answer, 3);

        // then
        assertThat(cited.uses()).containsExactly(
                new Use(2, "The visit lasted four days"),
                new Use(1, "Xi stressed stability in Northeast Asia"));
    }

    @Test
    void should_record_the_sentence_when_the_marker_follows_its_full_stop() {
        // given
        String answer = "Lee met Xi Jinping. The visit lasted four days. [3] It included Shanghai.";

        // when
        CitedText cited = CitationMarkers.process(answer, 3);

        // then
        assertThat(cited.uses()).containsExactly(new Use(3, "The visit lasted four days."));
    }

    @Test
    void should_take_the_following_text_as_claim_when_the_marker_opens_its_sentence() {
        // given
        String answer = "[2] The visit lasted four days. Xi met Lee.";
        String onANewLine = "Lee met Xi [1].\n[3] Trade hovers near $300 billion.";

        // when
        CitedText opening = CitationMarkers.process(answer, 3);
        CitedText second = CitationMarkers.process(onANewLine, 3);

        // then
        assertThat(opening.uses()).containsExactly(new Use(2, "The visit lasted four days."));
        assertThat(opening.text()).isEqualTo("[1] The visit lasted four days. Xi met Lee.");
        assertThat(second.uses()).containsExactly(new Use(1, "Lee met Xi"),
                new Use(3, "Trade hovers near $300 billion."));
    }

    @Test
    void should_expand_a_range_and_drop_the_numbers_of_it_that_point_at_nothing() {
        // given
        String answer = "Trade and growth were discussed [2-4]. Both agreed [1–2].";

        // when
        CitedText cited = CitationMarkers.process(answer, 3);

        // then
        assertThat(cited.text()).isEqualTo("Trade and growth were discussed [1][2]. Both agreed [3][1].");
        assertThat(cited.uses()).extracting(Use::passage).containsExactly(2, 3, 1);
    }

    @Test
    void should_strip_every_marker_for_text_without_citations() {
        // given
        String text = "Lee met Xi [1, 2]. Trade [3][4] grew.";

        // when
        String stripped = CitationMarkers.withoutMarkers(text);

        // then
        assertThat(stripped).isEqualTo("Lee met Xi. Trade grew.");
    }
}
