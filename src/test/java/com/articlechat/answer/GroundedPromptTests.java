package com.articlechat.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.articlechat.knowledge.Article;
import com.articlechat.knowledge.Paragraph;
import com.articlechat.retrieval.Passage;
import com.articlechat.retrieval.ScoredSentence;
import com.articlechat.support.SeedArticle;

/** How passages are laid out for the model, and what whole articles are estimated to cost. */
class GroundedPromptTests {

    private final Article article = SeedArticle.parsed();

    @Test
    void should_number_passages_under_their_article_title_with_their_paragraph() {
        // given: two retrieved paragraphs
        List<Passage> passages = List.of(paragraph(3), paragraph(1));

        // when
        String text = GroundedPrompt.numbered(passages);

        // then
        assertThat(text).startsWith("Article: " + article.title() + "\n\n[1] (paragraph 3) ");
        assertThat(text).contains("\n[2] (paragraph 1) " + article.paragraph(1).orElseThrow().text().strip());
        assertThat(text.lines().filter(l -> l.startsWith("Article: "))).hasSize(1);
    }

    @Test
    void should_give_a_sentence_passage_only_its_own_sentence() {
        // given: the second sentence of paragraph 1 as a passage of its own, as in full-article mode
        Paragraph first = article.paragraph(1).orElseThrow();
        ScoredSentence second = new ScoredSentence(first.sentences().get(1), 0.5);
        Passage passage = new Passage(article, first, 0.5, second, List.of(second));

        // when
        String text = GroundedPrompt.numbered(List.of(passage));

        // then
        assertThat(text).endsWith("[1] (paragraph 1) " + first.sentences().get(1).text());
        assertThat(passage.text()).isEqualTo(first.sentences().get(1).text());
    }

    @Test
    void should_estimate_whole_articles_by_characters_and_per_sentence_labels() {
        // when
        int one = ModelContext.estimatedTokens(List.of(article));
        int two = ModelContext.estimatedTokens(List.of(article, article));

        // then: about four characters a token, never less than the text alone would need
        assertThat(one).isGreaterThan(article.text().length() / 4).isLessThan(article.text().length() / 2);
        assertThat(two).isEqualTo(2 * one);
    }

    private Passage paragraph(int number) {
        Paragraph p = article.paragraph(number).orElseThrow();
        List<ScoredSentence> scored = new ArrayList<>();
        p.sentences().forEach(s -> scored.add(new ScoredSentence(s, 0.5)));
        return new Passage(article, p, 0.5, scored.get(0), scored);
    }
}
