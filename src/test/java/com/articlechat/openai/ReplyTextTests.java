package com.articlechat.openai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.articlechat.answer.Answer;
import com.articlechat.answer.Citation;

/** The answer text chat clients show: the answer, a source list a reader can check, and the notice. */
class ReplyTextTests {

    private static final String QUOTE = "Lee also warned that global supply chains are becoming increasingly"
            + " unpredictable, urging Seoul and Beijing to adapt quickly rather than rely on past momentum.";

    @Test
    void should_end_the_answer_with_a_source_list_of_paragraphs_and_quotes() {
        // given
        Answer answer = answer("Lee warned that supply chains are unpredictable [1].", null,
                citation(1, "korea-china-visit", 4, QUOTE));

        // when
        String text = ReplyText.of(answer, 200);

        // then
        assertThat(text).isEqualTo("Lee warned that supply chains are unpredictable [1].\n\nSources:\n[1] ¶4 \""
                + QUOTE + "\"");
    }

    @Test
    void should_name_the_article_when_sources_come_from_several_and_add_the_notice() {
        // given
        Answer answer = answer("Quotes [1] [2].", "Ollama is not reachable.",
                citation(1, "korea-china-visit", 4, "Lee warned."), citation(2, "seoul-park", 1, "A park opened."));

        // when
        String text = ReplyText.of(answer, 200);

        // then
        assertThat(text).endsWith("Sources:\n[1] Title of korea-china-visit, ¶4 \"Lee warned.\"\n"
                + "[2] Title of seoul-park, ¶1 \"A park opened.\"\n\nNote: Ollama is not reachable.");
    }

    @Test
    void should_cut_a_long_quote_at_a_word_with_an_ellipsis() {
        // when
        String shortened = ReplyText.shortened(QUOTE, 60);

        // then
        assertThat(shortened).isEqualTo("Lee also warned that global supply chains are becoming…")
                .hasSizeLessThanOrEqualTo(60);
        assertThat(QUOTE).startsWith(shortened.substring(0, shortened.length() - 1));
    }

    @Test
    void should_take_the_source_list_and_notice_off_an_answer_sent_back_as_history() {
        // given
        Answer answer = answer("Lee warned about supply chains [1].", "The model failed.",
                citation(1, "korea-china-visit", 4, QUOTE));
        Answer refusal = answer("The article does not say.", "Ollama is not reachable.");

        // when / then
        assertThat(ReplyText.withoutSources(ReplyText.of(answer, 80))).isEqualTo("Lee warned about supply chains [1].");
        assertThat(ReplyText.withoutSources(ReplyText.of(refusal, 80))).isEqualTo("The article does not say.");
        assertThat(ReplyText.withoutSources("An answer a client wrote itself.\n\nNotes and sources: none"))
                .isEqualTo("An answer a client wrote itself.\n\nNotes and sources: none");
    }

    private static Answer answer(String text, String notice, Citation... citations) {
        return new Answer(text, true, Answer.Mode.EXTRACTIVE, null, notice, List.of(citations),
                new Answer.Timings(0, 0), null, text);
    }

    private static Citation citation(int n, String articleId, int paragraph, String quote) {
        return new Citation(n, articleId, "v1", "Title of " + articleId, paragraph, quote, 0, quote.length(), 0.5);
    }
}
