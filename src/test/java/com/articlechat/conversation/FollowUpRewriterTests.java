package com.articlechat.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** What the model's rewrite is cleaned into, and how the conversation is shown to it. */
class FollowUpRewriterTests {

    @Test
    void should_keep_the_first_line_of_the_reply_without_labels_or_quotes() {
        // when
        String query = FollowUpRewriter.cleaned(
                "Standalone question: \"What did Lee warn about?\"\n\nI hope this helps.");

        // then
        assertThat(query).isEqualTo("What did Lee warn about?");
        assertThat(FollowUpRewriter.cleaned("English question: What did Lee warn about?"))
                .isEqualTo("What did Lee warn about?");
    }

    @Test
    void should_refuse_an_empty_or_runaway_reply_so_the_heuristic_takes_over() {
        assertThat(FollowUpRewriter.cleaned("  \n ")).isNull();
        assertThat(FollowUpRewriter.cleaned(null)).isNull();
        assertThat(FollowUpRewriter.cleaned("why ".repeat(200))).isNull();
    }

    @Test
    void should_show_the_model_each_earlier_turn_as_user_and_assistant_lines() {
        // given
        List<Turn> history = List.of(new Turn("Q1?", "Q1?", "A1."), new Turn("Q2?", "Q2 rewritten?", "A2."));

        // when
        String transcript = FollowUpRewriter.transcript(history);

        // then
        assertThat(transcript).isEqualTo("User: Q1?\nAssistant: A1.\n\nUser: Q2?\nAssistant: A2.");
    }
}
