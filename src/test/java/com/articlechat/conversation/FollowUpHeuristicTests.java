package com.articlechat.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The rewrite used without a model: follow-ups get the names and topic of the turn before them. */
class FollowUpHeuristicTests {

    private static final Turn ABOUT_LEE = turn("What did Lee Jae Myung say about supply chains?",
            "Lee also warned that global supply chains are becoming increasingly unpredictable.");

    @Test
    void should_leave_a_first_question_as_it_is() {
        // given
        String question = "What did he warn about?";

        // when
        String query = FollowUpHeuristic.standalone(question, List.of());

        // then
        assertThat(query).isEqualTo(question);
    }

    @Test
    void should_resolve_he_to_the_person_of_the_previous_question_and_carry_its_topic() {
        // when
        String query = FollowUpHeuristic.standalone("What did he warn about?", List.of(ABOUT_LEE));

        // then
        assertThat(query).contains("Lee Jae Myung").doesNotContain(" he ").contains("supply chains");
    }

    @Test
    void should_carry_names_and_topic_terms_into_a_question_that_only_points_back() {
        // when
        String query = FollowUpHeuristic.standalone("When was that?", List.of(ABOUT_LEE));

        // then
        assertThat(query).startsWith("When was that?").contains("Lee Jae Myung").contains("supply", "chains");
    }

    @Test
    void should_take_the_thread_from_the_previous_rewrite_in_a_chain_of_follow_ups() {
        // given: the second turn was itself a rewritten follow-up
        Turn second = turn("What did he warn about?", "Supply chains are becoming unpredictable.",
                FollowUpHeuristic.standalone("What did he warn about?", List.of(ABOUT_LEE)));

        // when
        String query = FollowUpHeuristic.standalone("When was that?", List.of(ABOUT_LEE, second));

        // then
        assertThat(query).contains("Lee Jae Myung").contains("supply chains");
    }

    @Test
    void should_leave_a_question_that_names_its_own_entity_as_it_is() {
        // given
        String question = "And what did Xi stress?";

        // when
        String query = FollowUpHeuristic.standalone(question, List.of(ABOUT_LEE));

        // then
        assertThat(query).isEqualTo(question);
    }

    @Test
    void should_leave_a_question_with_a_topic_of_its_own_as_it_is() {
        // given: "stability" was not part of the previous turn
        String question = "What did the other leader say about stability?";

        // when
        String query = FollowUpHeuristic.standalone(question, List.of(ABOUT_LEE));

        // then
        assertThat(query).isEqualTo(question);
    }

    @Test
    void should_resolve_the_pronoun_but_not_carry_the_old_topic_into_a_new_one() {
        // when
        String query = FollowUpHeuristic.standalone("What did he say about trade?", List.of(ABOUT_LEE));

        // then
        assertThat(query).isEqualTo("What did Lee Jae Myung say about trade?");
    }

    @Test
    void should_not_count_a_capital_that_merely_opens_the_question_as_a_name() {
        // when
        String query = FollowUpHeuristic.standalone("Elaborate?", List.of(ABOUT_LEE));

        // then
        assertThat(query).contains("Lee Jae Myung").contains("supply chains");
    }

    @Test
    void should_find_names_as_runs_of_capitalised_words_without_function_words_or_possessives() {
        // when
        List<String> entities = FollowUpHeuristic.entities("What did Xi Jinping tell Lee's delegation in Beijing?");

        // then
        assertThat(entities).containsExactly("Xi Jinping", "Lee", "Beijing");
    }

    @Test
    void should_take_names_from_the_previous_answer_when_its_question_named_none() {
        // given
        Turn visit = turn("How long was the visit?", "Lee Jae Myung visited China for four days.");

        // when
        String query = FollowUpHeuristic.standalone("Who did he meet?", List.of(visit));

        // then
        assertThat(query).contains("Lee Jae Myung");
    }

    @Test
    void should_not_carry_the_old_topic_into_a_question_that_brings_its_own_despite_a_that() {
        // given
        Turn trade = turn("What did Lee tell business leaders about trade with China?",
                "Lee highlighted the urgency of revitalizing Korea-China trade.");

        // when
        String query = FollowUpHeuristic.standalone("What did he warn about after that?", List.of(trade));

        // then
        assertThat(query).isEqualTo("What did Lee warn about after that?");
    }

    private static Turn turn(String question, String answer) {
        return turn(question, answer, question);
    }

    private static Turn turn(String question, String answer, String retrievalQuery) {
        return new Turn(question, retrievalQuery, answer);
    }
}
