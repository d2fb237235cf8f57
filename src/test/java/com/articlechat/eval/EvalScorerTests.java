package com.articlechat.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * The scores of an evaluation run, checked against values worked out by hand on tiny handmade
 * questions: where the gold paragraph was cited, whether the answer says the expected thing, and
 * whether out-of-scope questions were refused.
 */
class EvalScorerTests {

    private static final String ARTICLE = "seed";

    @Test
    void should_give_full_marks_when_the_gold_paragraph_is_cited_first() {
        // given
        EvalQuestion question = inScope("q1", List.of(2), "Xi Jinping");

        // when
        EvalScorer.Score score = EvalScorer.score(question, ARTICLE,
                answered("Lee met Xi Jinping.", "seed#2"));

        // then
        assertThat(score.recallAt1()).isEqualTo(1.0);
        assertThat(score.recallAt3()).isEqualTo(1.0);
        assertThat(score.reciprocalRank()).isEqualTo(1.0);
        assertThat(score.contains()).isTrue();
        assertThat(score.citationPrecision()).isEqualTo(1.0);
        assertThat(score.refusedCorrectly()).isNull();
    }

    @Test
    void should_score_a_gold_paragraph_cited_second_as_recall_at_three_and_reciprocal_rank_one_half() {
        // given
        EvalQuestion question = inScope("q1", List.of(2), "Xi Jinping");

        // when
        EvalScorer.Score score = EvalScorer.score(question, ARTICLE,
                answered("Xi Jinping.", "seed#5", "seed#2", "other#1"));

        // then
        assertThat(score.recallAt1()).isEqualTo(0.0);
        assertThat(score.recallAt3()).isEqualTo(1.0);
        assertThat(score.reciprocalRank()).isEqualTo(0.5);
        assertThat(score.citationPrecision()).isCloseTo(1.0 / 3, within(1e-9));
    }

    @Test
    void should_miss_recall_at_three_but_keep_the_reciprocal_rank_of_a_gold_paragraph_cited_fourth() {
        // given
        EvalQuestion question = inScope("q1", List.of(3), "300 billion");

        // when
        EvalScorer.Score score = EvalScorer.score(question, ARTICLE,
                answered("About $300 billion.", "seed#1", "seed#2", "seed#4", "seed#3"));

        // then
        assertThat(score.recallAt1()).isEqualTo(0.0);
        assertThat(score.recallAt3()).isEqualTo(0.0);
        assertThat(score.reciprocalRank()).isEqualTo(0.25);
        assertThat(score.citationPrecision()).isEqualTo(0.25);
        assertThat(score.contains()).isTrue();
    }

    @Test
    void should_count_the_same_paragraph_number_of_another_article_as_a_miss() {
        // given: gold is paragraph 2 of the seed; a distractor's paragraph 2 is not it
        EvalQuestion question = inScope("q1", List.of(2), "Xi Jinping");

        // when
        EvalScorer.Score score = EvalScorer.score(question, ARTICLE,
                answered("Xi Jinping hosted a state visit.", "distractor-0001-xi#2"));

        // then
        assertThat(score.recallAt1()).isEqualTo(0.0);
        assertThat(score.reciprocalRank()).isEqualTo(0.0);
        assertThat(score.citationPrecision()).isEqualTo(0.0);
        assertThat(score.contains()).isTrue();
    }

    @Test
    void should_score_gold_paragraphs_of_the_article_the_question_names() {
        // given
        EvalQuestion question = new EvalQuestion("q1", "factual", "?", List.of(4), List.of("gallium"),
                "distractor-0007");

        // when
        EvalScorer.Score score = EvalScorer.score(question, question.article(),
                answered("Exports of gallium.", "distractor-0007#4"));

        // then
        assertThat(score.recallAt1()).isEqualTo(1.0);
    }

    @Test
    void should_count_any_one_of_several_gold_paragraphs_as_found() {
        // given: either paragraph answers the question
        EvalQuestion question = inScope("q1", List.of(1, 6), "Beijing");

        // when
        EvalScorer.Score score = EvalScorer.score(question, ARTICLE, answered("In Beijing.", "seed#6", "seed#3"));

        // then
        assertThat(score.recallAt1()).isEqualTo(1.0);
        assertThat(score.recallAt3()).isEqualTo(1.0);
        assertThat(score.reciprocalRank()).isEqualTo(1.0);
        assertThat(score.citationPrecision()).isEqualTo(0.5);
    }

    @Test
    void should_score_an_in_scope_question_that_was_refused_as_a_miss_whatever_came_with_the_refusal() {
        // given
        EvalQuestion question = inScope("q1", List.of(2), "Xi Jinping");

        // when
        EvalScorer.Score score = EvalScorer.score(question, ARTICLE,
                new EvalScorer.Outcome(List.of("seed#2"), "Not sure; the closest passage mentions Xi Jinping.",
                        false, 12));

        // then
        assertThat(score.recallAt1()).isEqualTo(0.0);
        assertThat(score.recallAt3()).isEqualTo(0.0);
        assertThat(score.reciprocalRank()).isEqualTo(0.0);
        assertThat(score.contains()).isFalse();
        assertThat(score.citationPrecision()).isEqualTo(0.0);
        assertThat(score.refusedCorrectly()).isNull();
    }

    @Test
    void should_match_expected_strings_whatever_their_case_and_dashes_but_only_as_whole_words() {
        // then
        assertThat(EvalScorer.contains("It was a four\u2011day visit.", List.of("four-day"))).isTrue();
        assertThat(EvalScorer.contains("XI JINPING said so.", List.of("Xi Jinping"))).isTrue();
        assertThat(EvalScorer.contains("Trade hovered around the $300 billion mark.", List.of("300 billion")))
                .isTrue();
        assertThat(EvalScorer.contains("They combined AI with manufacturing.", List.of("artificial intelligence", "AI")))
                .isTrue();
        assertThat(EvalScorer.contains("He said it again.", List.of("AI"))).isFalse();
        assertThat(EvalScorer.contains(null, List.of("trust"))).isFalse();
        assertThat(EvalScorer.contains("Anything.", List.of())).isFalse();
    }

    @Test
    void should_count_a_refusal_of_an_out_of_scope_question_as_correct() {
        // given
        EvalQuestion question = outOfScope("o1");

        // when
        EvalScorer.Score refused = EvalScorer.score(question, ARTICLE, refused());
        EvalScorer.Score answered = EvalScorer.score(question, ARTICLE, answered("Brazil's GDP is large.", "seed#3"));

        // then
        assertThat(refused.refusedCorrectly()).isTrue();
        assertThat(answered.refusedCorrectly()).isFalse();
        assertThat(refused.recallAt1()).isNull();
        assertThat(refused.recallAt3()).isNull();
        assertThat(refused.reciprocalRank()).isNull();
        assertThat(refused.contains()).isNull();
        assertThat(refused.citationPrecision()).isNull();
    }

    @Test
    void should_treat_a_question_without_gold_paragraphs_as_out_of_scope() {
        // given
        EvalQuestion question = new EvalQuestion("x", "factual", "?", List.of(), List.of(), null);

        // when
        EvalScorer.Score score = EvalScorer.score(question, ARTICLE, refused());

        // then
        assertThat(score.refusedCorrectly()).isTrue();
    }

    @Test
    void should_take_nearest_rank_percentiles() {
        // given
        List<Double> tenValues = IntStream.rangeClosed(1, 10).mapToObj(i -> i * 10.0).toList();
        List<Double> twentyValues = IntStream.rangeClosed(1, 20).mapToObj(i -> (double) i).toList();

        // then: rank = ceil(p/100 * n), 1-based
        assertThat(EvalScorer.percentile(tenValues, 50)).isEqualTo(50.0);
        assertThat(EvalScorer.percentile(tenValues, 95)).isEqualTo(100.0);
        assertThat(EvalScorer.percentile(twentyValues, 50)).isEqualTo(10.0);
        assertThat(EvalScorer.percentile(twentyValues, 95)).isEqualTo(19.0);
        assertThat(EvalScorer.percentile(List.of(7.0), 50)).isEqualTo(7.0);
        assertThat(EvalScorer.percentile(List.of(7.0), 95)).isEqualTo(7.0);
        assertThat(EvalScorer.percentile(List.of(), 95)).isEqualTo(0.0);
    }

    @Test
    void should_average_in_scope_metrics_over_in_scope_questions_and_refusals_over_out_of_scope_ones() {
        // given: three in-scope questions (gold first, gold second, gold missing) and two out-of-scope
        List<EvalScorer.Score> scores = List.of(
                EvalScorer.score(inScope("a", List.of(1), "four-day"), ARTICLE,
                        timed(answered("A four-day visit.", "seed#1"), 30)),
                EvalScorer.score(inScope("b", List.of(2), "Xi Jinping"), ARTICLE,
                        timed(answered("He met the premier.", "seed#5", "seed#2"), 10)),
                EvalScorer.score(inScope("c", List.of(3), "300 billion"), ARTICLE,
                        timed(answered("Trade grew.", "other#3", "other#4", "other#5", "other#6"), 50)),
                EvalScorer.score(outOfScope("d"), ARTICLE, timed(refused(), 20)),
                EvalScorer.score(outOfScope("e"), ARTICLE, timed(answered("Brazil.", "seed#4"), 40)));

        // when
        EvalScorer.Summary summary = EvalScorer.summarize("hybrid", scores);

        // then
        assertThat(summary.pipeline()).isEqualTo("hybrid");
        assertThat(summary.inScope()).isEqualTo(3);
        assertThat(summary.outOfScope()).isEqualTo(2);
        assertThat(summary.recallAt1()).isCloseTo(1.0 / 3, within(1e-9));           // (1 + 0 + 0) / 3
        assertThat(summary.recallAt3()).isCloseTo(2.0 / 3, within(1e-9));           // (1 + 1 + 0) / 3
        assertThat(summary.mrr()).isCloseTo(0.5, within(1e-9));                     // (1 + 1/2 + 0) / 3
        assertThat(summary.containsRate()).isCloseTo(1.0 / 3, within(1e-9));        // only "four-day" said
        assertThat(summary.citationPrecision()).isCloseTo(0.5, within(1e-9));       // (1 + 1/2 + 0) / 3
        assertThat(summary.refusalAccuracy()).isEqualTo(0.5);                       // d refused, e answered
        assertThat(summary.p50Ms()).isEqualTo(30.0);                                // 10 20 [30] 40 50
        assertThat(summary.p95Ms()).isEqualTo(50.0);
    }

    @Test
    void should_summarise_an_empty_side_as_zero_rather_than_fail() {
        // when
        EvalScorer.Summary summary = EvalScorer.summarize("bm25-only",
                List.of(EvalScorer.score(outOfScope("o"), ARTICLE, timed(refused(), 5))));

        // then
        assertThat(summary.inScope()).isZero();
        assertThat(summary.recallAt1()).isZero();
        assertThat(summary.refusalAccuracy()).isEqualTo(1.0);
        assertThat(summary.p95Ms()).isEqualTo(5.0);
    }

    private static EvalQuestion inScope(String id, List<Integer> gold, String expected) {
        return new EvalQuestion(id, "factual", "?", gold, List.of(expected), null);
    }

    private static EvalQuestion outOfScope(String id) {
        return new EvalQuestion(id, "out_of_scope", "?", List.of(), List.of(), null);
    }

    private static EvalScorer.Outcome answered(String text, String... cited) {
        return new EvalScorer.Outcome(List.of(cited), text, true, 1);
    }

    private static EvalScorer.Outcome refused() {
        return new EvalScorer.Outcome(List.of(), "The article does not say.", false, 1);
    }

    private static EvalScorer.Outcome timed(EvalScorer.Outcome outcome, double ms) {
        return new EvalScorer.Outcome(outcome.cited(), outcome.answer(), outcome.answered(), ms);
    }
}
