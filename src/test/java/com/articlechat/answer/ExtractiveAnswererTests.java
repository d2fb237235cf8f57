package com.articlechat.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.articlechat.knowledge.Article;
import com.articlechat.knowledge.Paragraph;
import com.articlechat.knowledge.Sentence;
import com.articlechat.retrieval.Passage;
import com.articlechat.retrieval.ScoredSentence;
import com.articlechat.support.SeedArticle;

/**
 * The extractive answer on the real article: the sentence that matched is quoted with citations,
 * expanded to the sentence before when it cannot stand alone, and weak extra matches are left out.
 */
class ExtractiveAnswererTests {

    private static final String NOT_FOUND = "The article does not say.";
    private final ExtractiveAnswerer answerer = new ExtractiveAnswerer(new AnswerProperties(3, 0.08, 0));
    private final Article article = SeedArticle.parsed();

    @Test
    void should_quote_the_matched_sentence_verbatim_with_its_offsets() {
        // given: a hit on the first sentence of paragraph 1
        Passage passage = passage(1, 1, 0.7);

        // when
        Draft draft = answerer.answer(List.of(passage), NOT_FOUND);

        // then
        Sentence sentence = article.paragraph(1).orElseThrow().sentences().get(0);
        assertThat(draft.answered()).isTrue();
        assertThat(draft.citations()).hasSize(1);
        Citation citation = draft.citations().get(0);
        assertThat(citation.quote()).isEqualTo(sentence.text());
        assertThat(article.text().substring(citation.start(), citation.end())).isEqualTo(sentence.text());
        assertThat(draft.text()).isEqualTo("“" + sentence.text() + "” [1]");
    }

    @Test
    void should_expand_a_sentence_that_leans_on_the_one_before() {
        // given: paragraph 3's last sentence opens "This approach, he said, ..." and means nothing alone
        Paragraph third = article.paragraph(3).orElseThrow();
        int last = third.sentences().size();
        assertThat(third.sentences().get(last - 1).text()).startsWith("This approach");

        // when
        Draft draft = answerer.answer(List.of(passage(3, last, 0.6)), NOT_FOUND);

        // then: the quote runs from the previous sentence to the end of the matched one
        Citation citation = draft.citations().get(0);
        Sentence previous = third.sentences().get(last - 2);
        assertThat(citation.start()).isEqualTo(previous.start());
        assertThat(citation.end()).isEqualTo(third.sentences().get(last - 1).end());
        assertThat(citation.quote()).startsWith(previous.text()).endsWith(third.sentences().get(last - 1).text());
    }

    @Test
    void should_quote_every_sentence_retrieval_chose_to_quote() {
        // given: retrieval matched paragraph 2's first sentence and chose to quote the second with it
        Paragraph second = article.paragraph(2).orElseThrow();
        Passage matched = passage(2, 1, 0.6);
        Passage passage = new Passage(article, second, 0.6, matched.anchor(), matched.sentences(),
                matched.sentences().subList(0, 2));

        // when
        Draft draft = answerer.answer(List.of(passage), NOT_FOUND);

        // then
        Citation citation = draft.citations().get(0);
        assertThat(citation.start()).isEqualTo(second.sentences().get(0).start());
        assertThat(citation.end()).isEqualTo(second.sentences().get(1).end());
        assertThat(citation.quote()).contains("crucial opportunity");
    }

    @Test
    void should_leave_out_passages_well_below_the_best_match() {
        // given: a strong hit, a close second and a weak third
        List<Passage> passages = List.of(passage(1, 1, 0.70), passage(2, 1, 0.65), passage(4, 1, 0.40));

        // when
        Draft draft = answerer.answer(passages, NOT_FOUND);

        // then
        assertThat(draft.citations()).extracting(Citation::paragraph).containsExactly(1, 2);
        assertThat(draft.text()).contains("[1]").contains("[2]").doesNotContain("[3]");
    }

    @Test
    void should_say_the_article_does_not_answer_when_nothing_was_found() {
        // when
        Draft draft = answerer.answer(List.of(), NOT_FOUND);

        // then
        assertThat(draft.answered()).isFalse();
        assertThat(draft.citations()).isEmpty();
        assertThat(draft.text()).isEqualTo(NOT_FOUND);
    }

    /** The paragraph as retrieval hands it over, anchored on its {@code sentence}-th sentence. */
    private Passage passage(int paragraph, int sentence, double score) {
        Paragraph p = article.paragraph(paragraph).orElseThrow();
        List<ScoredSentence> scored = p.sentences().stream()
                .map(s -> new ScoredSentence(s, s == p.sentences().get(sentence - 1) ? score : score - 0.2))
                .toList();
        return new Passage(article, p, score, scored.get(sentence - 1), scored);
    }
}
