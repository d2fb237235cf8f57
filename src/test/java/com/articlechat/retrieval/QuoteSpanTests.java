package com.articlechat.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.articlechat.knowledge.Article;
import com.articlechat.knowledge.Paragraph;
import com.articlechat.knowledge.TextNormalizer;
import com.articlechat.support.SeedArticle;

/** What a citation quotes: the matched sentence, and its neighbour when that holds what is asked. */
class QuoteSpanTests {

    private static final Article SEED = SeedArticle.parsed();
    private static final KeywordIndex KEYWORDS = KeywordIndex.build(SEED.sentences().stream()
            .map(s -> new KeywordIndex.Entry("seed-" + s.index(), SEED.id(), TextNormalizer.normalize(s.text())))
            .toList());

    // Paragraph 2: "During talks with Chinese President Xi Jinping, Lee emphasized ..." then "He
    // described the visit as a “crucial opportunity” ...".
    private final Paragraph second = SEED.paragraph(2).orElseThrow();
    private final List<ScoredSentence> sentences = second.sentences().stream()
            .map(s -> new ScoredSentence(s, 0.5))
            .toList();

    @Test
    void should_quote_the_next_sentence_too_when_it_holds_what_the_question_asks() {
        // given: the question's context matched the first sentence; "describe" and "visit" are in the next
        String question = "How did Lee describe the visit during his talks with Xi?";

        // when
        List<ScoredSentence> quoted = quote(question, 0, 0.2);

        // then
        assertThat(quoted).containsExactly(sentences.get(0), sentences.get(1));
    }

    @Test
    void should_quote_the_sentence_before_too_in_reading_order() {
        // given: the same question, matched on the second sentence; the first holds "talks" and "Xi"
        String question = "How did Lee describe the visit during his talks with Xi?";

        // when
        List<ScoredSentence> quoted = quote(question, 1, 0.2);

        // then
        assertThat(quoted).containsExactly(sentences.get(0), sentences.get(1));
    }

    @Test
    void should_quote_the_matched_sentence_alone_when_its_neighbour_adds_nothing_asked() {
        // given: every content word of the question is in the first sentence
        String question = "What did Lee emphasize in his talks with Xi?";

        // when
        List<ScoredSentence> quoted = quote(question, 0, 0.2);

        // then
        assertThat(quoted).containsExactly(sentences.get(0));
    }

    @Test
    void should_quote_one_sentence_when_the_share_is_above_one() {
        // given
        String question = "How did Lee describe the visit during his talks with Xi?";

        // when
        List<ScoredSentence> quoted = quote(question, 0, 1.01);

        // then
        assertThat(quoted).containsExactly(sentences.get(0));
    }

    @Test
    void should_quote_the_next_sentence_too_when_it_points_back_at_the_matched_one() {
        // given: paragraph 3; its second sentence has AI and the industries, its third says what
        // "This approach" could create, in words the question does not use
        List<ScoredSentence> third = SEED.paragraph(3).orElseThrow().sentences().stream()
                .map(s -> new ScoredSentence(s, 0.5))
                .toList();
        String question = "What did Lee think pairing AI with older industries could achieve?";
        Map<String, Double> weights = WordWeights.weights(KEYWORDS,
                KEYWORDS.terms(TextNormalizer.normalize(question)), SEED.id());

        // when
        List<ScoredSentence> fromSecond = QuoteSpan.of(KEYWORDS, weights, third, third.get(1), 0.2);
        List<ScoredSentence> fromFirst = QuoteSpan.of(KEYWORDS, weights, third, third.get(0), 0.2);

        // then: the first sentence is followed by one that does not point back
        assertThat(third.get(2).sentence().text()).startsWith("This approach");
        assertThat(fromSecond).containsExactly(third.get(1), third.get(2));
        assertThat(fromFirst).doesNotContain(third.get(2));
    }

    private List<ScoredSentence> quote(String question, int anchor, double minShare) {
        Map<String, Double> weights = WordWeights.weights(KEYWORDS,
                KEYWORDS.terms(TextNormalizer.normalize(question)), SEED.id());
        return QuoteSpan.of(KEYWORDS, weights, sentences, sentences.get(anchor), minShare);
    }
}
