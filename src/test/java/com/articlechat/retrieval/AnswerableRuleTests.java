package com.articlechat.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.articlechat.knowledge.Article;
import com.articlechat.knowledge.Paragraph;
import com.articlechat.knowledge.Sentence;
import com.articlechat.knowledge.TextNormalizer;
import com.articlechat.question.QuestionAnalysis;
import com.articlechat.support.SeedArticle;

/** The extractive answerable rule: which question words count as evidence that the article answers. */
class AnswerableRuleTests {

    private static final Article SEED = SeedArticle.parsed();

    /**
     * The seed among many other sentences, as with the distractor corpus: "Lee" is rare in the
     * corpus but in five of the seed's 13 sentences, "car" and "drive" are common elsewhere, and
     * "push" occurs once, in another article.
     */
    private static final KeywordIndex CORPUS = corpus();

    // Between min-score and sure-score, so the words decide.
    private static final double PLAUSIBLE_COSINE = 0.45;

    // The defaults of application.yaml.
    private final AnswerableRule rule = new AnswerableRule(new RetrievalProperties.Answerable(0.3, 0.3, 0.55, true));

    @Test
    void should_not_count_the_article_s_own_subject_as_evidence_that_it_answers() {
        // when: paragraph 1 names Lee; nothing in the article is about cars
        AnswerableRule.Verdict verdict = judge("What car does Lee drive?", 1);

        // then: without the discount, "Lee" alone covered 43% of the question
        assertThat(verdict.coverage()).isLessThan(0.3);
        assertThat(verdict.answerable()).isFalse();
    }

    @Test
    void should_answer_a_question_that_names_the_subject_and_what_the_article_says_about_it() {
        // when: paragraph 2, "Lee emphasized the need to restore trust ... in a relationship"
        AnswerableRule.Verdict across = judge("What did Lee want to restore in the relationship?", 2);

        // then
        assertThat(across.answerable()).as("coverage %s", across.coverage()).isTrue();
    }

    @Test
    void should_require_the_question_s_most_specific_word_across_articles() {
        // when: paragraph 5 says Xi "encouraged Seoul"; the reader writes "push", a word the corpus
        // knows from one other article, so it is the question's most specific word
        AnswerableRule.Verdict across = judge("What did Xi push Seoul to do?", 5);

        // then: across articles that tells this article from the one that says "push"
        assertThat(across.answerable()).as("coverage %s", across.coverage()).isFalse();
    }

    @Test
    void should_not_answer_with_a_passage_that_lacks_the_kind_of_answer_asked_for() {
        // when: paragraph 3 has every word of both questions, and a year but no calendar date
        AnswerableRule.Verdict date = judge("On what date did Korea-China trade peak?", 3);
        AnswerableRule.Verdict year = judge("In what year did Korea-China trade peak?", 3);

        // then
        assertThat(date.answerable()).as("coverage %s", date.coverage()).isFalse();
        assertThat(year.answerable()).isTrue();
    }

    @Test
    void should_not_answer_about_a_name_the_article_never_mentions() {
        // when: paragraph 5 has Xi, talks and regional security; the article names North Korea nowhere
        AnswerableRule.Verdict north = judge("What did Xi say about North Korea's regional security?", 5);
        AnswerableRule.Verdict northeast = judge("What did Xi say about Northeast Asia's regional security?", 5);

        // then
        assertThat(north.answerable()).as("coverage %s", north.coverage()).isFalse();
        assertThat(northeast.answerable()).isTrue();
    }

    @Test
    void should_weigh_a_word_by_how_many_of_the_article_s_sentences_hold_it() {
        // then: in none or one of 13 sentences a word counts in full; in five of them, 0.42 of its IDF
        assertThat(AnswerableRule.weight(4.0, 13, 0)).isEqualTo(4.0);
        assertThat(AnswerableRule.weight(4.0, 13, 1)).isEqualTo(4.0);
        assertThat(AnswerableRule.weight(4.0, 13, 5)).isCloseTo(4.0 * 0.42, within(0.01));
        assertThat(AnswerableRule.weight(4.0, 1, 1)).isEqualTo(4.0);
        assertThat(AnswerableRule.weight(4.0, 13, 13)).isLessThan(AnswerableRule.weight(4.0, 13, 5));
    }

    private AnswerableRule.Verdict judge(String question, int paragraphNumber) {
        Paragraph paragraph = SEED.paragraph(paragraphNumber).orElseThrow();
        List<ScoredSentence> sentences = paragraph.sentences().stream()
                .map(s -> new ScoredSentence(s, PLAUSIBLE_COSINE))
                .toList();
        Passage passage = new Passage(SEED, paragraph, PLAUSIBLE_COSINE, sentences.get(0), sentences);
        QuestionAnalysis asked = QuestionAnalysis.of(question);
        return rule.judge(CORPUS, asked, List.of(passage),
                article -> AnswerableRule.weights(CORPUS, CORPUS.terms(asked.normalized()), article));
    }

    private static KeywordIndex corpus() {
        List<KeywordIndex.Entry> entries = new ArrayList<>();
        for (Sentence sentence : SEED.sentences()) {
            entries.add(new KeywordIndex.Entry("seed-" + sentence.index(), SEED.id(),
                    TextNormalizer.normalize(sentence.text())));
        }
        for (int i = 0; i < 20; i++) {
            entries.add(new KeywordIndex.Entry("motoring-" + i, "motoring",
                    "Buyers who drive to work chose car model " + i + " for its range."));
        }
        entries.add(new KeywordIndex.Entry("motoring-push", "motoring", "Dealers push hybrid models."));
        for (int i = 0; i < 280; i++) {
            entries.add(new KeywordIndex.Entry("city-" + i, "city",
                    "The council of district " + i + " approved the budget after a heated debate."));
        }
        return KeywordIndex.build(entries);
    }
}
