package com.articlechat.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class GoldParagraphsTests {

    private static final List<String> PARAGRAPHS = List.of(
            "Crews returned to the ferries on Monday.",
            "The union accepted a “four‑day” week and a 4% rise.",
            "Passengers said the four-day week was overdue.");

    @Test
    void should_take_as_gold_every_paragraph_that_holds_a_quote_whatever_its_typography() {
        // given
        EvalQuestion question = question(List.of("a \"four-day\" week"), List.of());

        // when
        EvalQuestion resolved = GoldParagraphs.resolve(question, PARAGRAPHS);

        // then
        assertThat(resolved.gold()).containsExactly(2);
    }

    @Test
    void should_take_one_paragraph_per_quote_of_a_question_that_needs_several() {
        // given
        EvalQuestion question = question(List.of("returned to the ferries", "was overdue"), List.of());

        // when / then
        assertThat(GoldParagraphs.resolve(question, PARAGRAPHS).gold()).containsExactly(1, 3);
    }

    @Test
    void should_keep_gold_numbers_given_by_hand() {
        // given
        EvalQuestion question = question(List.of("was overdue"), List.of(2));

        // when / then
        assertThat(GoldParagraphs.resolve(question, PARAGRAPHS).gold()).containsExactly(2);
    }

    @Test
    void should_report_evidence_the_article_does_not_hold() {
        // given
        EvalQuestion question = question(List.of("a five-day week"), List.of());

        // when / then
        assertThatThrownBy(() -> GoldParagraphs.resolve(question, PARAGRAPHS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a five-day week");
    }

    private static EvalQuestion question(List<String> evidence, List<Integer> gold) {
        return new EvalQuestion("f1", "factual", "?", gold, List.of(), "ferry", evidence);
    }
}
