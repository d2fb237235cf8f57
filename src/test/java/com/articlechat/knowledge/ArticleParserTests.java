package com.articlechat.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Paragraphs and sentences are numbered as a reader counts them, and every offset points at the
 * exact original text, because citations quote and highlight by those offsets.
 */
class ArticleParserTests {

    private static final Path SEED = Path.of("src/test/resources/articles/korea-china-visit.md");

    @Test
    void should_number_seven_paragraphs_as_a_reader_counts_them_in_the_seed_article() throws IOException {
        // when
        Article article = seedArticle();

        // then
        assertThat(article.id()).isEqualTo("korea-china-visit");
        assertThat(article.paragraphs()).extracting(Paragraph::number).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(article.paragraphs().get(0).text()).startsWith("South Korean President Lee Jae Myung");
        assertThat(article.paragraphs().get(6).text()).startsWith("Source: The Korea Herald");
        assertThat(article.paragraph(7)).contains(article.paragraphs().get(6));
        assertThat(article.paragraph(0)).isEmpty();
        assertThat(article.paragraph(8)).isEmpty();
    }

    @Test
    void should_read_title_source_and_language_from_front_matter() throws IOException {
        // when
        Article article = seedArticle();

        // then
        assertThat(article.title())
                .isEqualTo("South Korea's Lee Jae Myung calls for a new chapter in relations with China");
        assertThat(article.metadata().source())
                .isEqualTo("The Korea Herald | Ministry of Foreign Affairs of the People\u2019s Republic of China | BBC");
        assertThat(article.metadata().language()).isEqualTo("en");
        assertThat(article.text()).doesNotContain("---").doesNotContain("title:");
    }

    @Test
    void should_read_the_suggested_questions_from_front_matter_in_their_order() throws IOException {
        // when
        Article seed = seedArticle();
        Article one = ArticleParser.parse("one", "---\ntitle: One\nquestions: Who won?\n---\nThe Rovers won.");
        Article listed = ArticleParser.parse("listed",
                "---\ntitle: Listed\nquestions:\n  - \" Who won? \"\n  -\n  - 2024\n---\nThe Rovers won in 2024.");
        Article none = ArticleParser.parse("none", "---\ntitle: None\n---\nThe Rovers won.");

        // then
        assertThat(seed.metadata().questions()).containsExactly("How long was Lee Jae Myung's visit to China?",
                "What did Xi say about Northeast Asia?", "What is the value of Korea-China trade?");
        assertThat(one.metadata().questions()).containsExactly("Who won?");
        assertThat(listed.metadata().questions()).containsExactly("Who won?", "2024");
        assertThat(none.metadata().questions()).isEmpty();
        assertThat(seed.text()).doesNotContain("questions:");
    }

    @Test
    void should_refuse_suggested_questions_that_are_not_plain_text() {
        assertThatThrownBy(() -> ArticleParser.parse("nested",
                "---\ntitle: Nested\nquestions:\n  - who: won\n---\nThe Rovers won."))
                .isInstanceOf(InvalidArticleException.class).hasMessageContaining("questions");
    }

    @Test
    void should_give_every_paragraph_and_sentence_text_equal_to_its_span_of_the_article_text() throws IOException {
        // given
        Article article = seedArticle();

        // then
        for (Paragraph paragraph : article.paragraphs()) {
            assertThat(paragraph.text()).isEqualTo(article.text().substring(paragraph.start(), paragraph.end()));
            for (Sentence sentence : paragraph.sentences()) {
                assertThat(sentence.text()).isEqualTo(article.text().substring(sentence.start(), sentence.end()));
                assertThat(sentence.text()).isNotBlank().isEqualTo(sentence.text().strip());
            }
        }
    }

    @Test
    void should_number_sentences_consecutively_across_the_article_within_their_paragraphs() throws IOException {
        // given
        Article article = seedArticle();

        // when
        List<Sentence> sentences = article.sentences();

        // then
        for (int i = 0; i < sentences.size(); i++) {
            assertThat(sentences.get(i).index()).isEqualTo(i + 1);
        }
        for (Paragraph paragraph : article.paragraphs()) {
            assertThat(paragraph.sentences()).isNotEmpty();
            for (Sentence sentence : paragraph.sentences()) {
                assertThat(sentence.paragraph()).isEqualTo(paragraph.number());
                assertThat(sentence.start()).isGreaterThanOrEqualTo(paragraph.start());
                assertThat(sentence.end()).isLessThanOrEqualTo(paragraph.end());
            }
        }
        assertThat(article.paragraphs().get(0).sentences()).extracting(Sentence::text).containsExactly(
                "South Korean President Lee Jae Myung has used his four\u2011day visit to China to call for a new"
                        + " chapter in bilateral relations, urging both countries to strengthen cooperation in"
                        + " security, technology and economic development.",
                "The trip marks the first visit by a South Korean leader to Beijing in several years and comes at"
                        + " a time of shifting regional dynamics and rising geopolitical tension.");
    }

    @Test
    void should_keep_curly_quotes_and_non_breaking_hyphens_in_the_original_text() throws IOException {
        // when
        Article article = seedArticle();

        // then
        assertThat(article.text())
                .contains("four\u2011day")
                .contains("\u201Ccrucial opportunity\u201D")
                .contains("Korea\u2011China trade")
                .contains("Lee\u2019s visit")
                .doesNotContain("four-day");
    }

    @Test
    void should_keep_the_version_for_identical_content_and_change_it_when_one_character_changes()
            throws IOException {
        // given
        String content = Files.readString(SEED, StandardCharsets.UTF_8);
        String oneCharacterChanged = content.replace("four\u2011day", "five\u2011day");
        String titleChanged = content.replace("title: \"South Korea's", "title: \"South Korea\u2019s");

        // when
        String version = ArticleParser.parse("korea-china-visit", content).version();
        String again = ArticleParser.parse("korea-china-visit", new String(content)).version();
        String changed = ArticleParser.parse("korea-china-visit", oneCharacterChanged).version();
        String changedTitle = ArticleParser.parse("korea-china-visit", titleChanged).version();

        // then
        assertThat(version).isNotBlank().isEqualTo(again);
        assertThat(changed).isNotEqualTo(version);
        assertThat(changedTitle).isNotEqualTo(version);
    }

    @Test
    void should_make_one_paragraph_of_each_blank_line_separated_block() {
        // given
        String content = """
                # A heading

                The first paragraph is wrapped
                over two lines.

                The second one. It has two sentences.
                \t
                The third.
                """;

        // when
        Article article = ArticleParser.parse("wrapped", content);

        // then
        assertThat(article.paragraphs()).extracting(Paragraph::text).containsExactly(
                "# A heading",
                "The first paragraph is wrapped\nover two lines.",
                "The second one. It has two sentences.",
                "The third.");
        assertThat(article.paragraphs().get(2).sentences()).extracting(Sentence::text)
                .containsExactly("The second one.", "It has two sentences.");
    }

    @Test
    void should_tell_a_credit_line_from_a_paragraph_of_the_story() throws IOException {
        // given: credits as news sites write them, and story paragraphs that open with the same words
        String content = """
                Sources say the talks stalled.

                Reporting by state media suggested Lee would stay.

                Reporting by Hannah Castillo in Seoul; editing by Lucia Eriksen.

                (Reporting by Ju-min Park; Editing by Ed Davies)

                Sources: Reuters | BBC

                Source - Yonhap
                """;

        // when
        Article article = ArticleParser.parse("credits", content);
        Article seed = seedArticle();

        // then
        assertThat(article.paragraphs()).extracting(Paragraph::isCredit)
                .containsExactly(false, false, true, true, true, true);
        assertThat(seed.paragraphs()).extracting(Paragraph::isCredit)
                .containsExactly(false, false, false, false, false, false, true);
    }

    @Test
    void should_make_one_paragraph_of_each_line_when_the_body_has_no_blank_lines() {
        // given
        String content = "First line.\nSecond line.\r\nThird line.\n";

        // when
        Article article = ArticleParser.parse("lines", content);

        // then
        assertThat(article.paragraphs()).extracting(Paragraph::text)
                .containsExactly("First line.", "Second line.", "Third line.");
        assertThat(article.paragraphs()).extracting(Paragraph::number).containsExactly(1, 2, 3);
    }

    @Test
    void should_take_the_title_from_a_heading_when_there_is_no_front_matter() {
        // given
        String content = "# Trade talks resume\n\nBoth sides met on Monday.\n";

        // when
        Article article = ArticleParser.parse("trade-talks", content);

        // then
        assertThat(article.title()).isEqualTo("Trade talks resume");
        assertThat(article.metadata().source()).isNull();
    }

    @Test
    void should_take_the_title_from_the_id_when_there_is_neither_front_matter_nor_heading() {
        // given
        String content = "Both sides met on Monday.\nTalks resume next week.\n";

        // when
        Article article = ArticleParser.parse("trade-talks", content);

        // then
        assertThat(article.title()).isEqualTo("trade talks");
    }

    @Test
    void should_refuse_empty_and_blank_text() {
        assertThatThrownBy(() -> ArticleParser.parse("empty", "")).isInstanceOf(InvalidArticleException.class);
        assertThatThrownBy(() -> ArticleParser.parse("blank", " \n\t\n ")).isInstanceOf(InvalidArticleException.class);
    }

    @Test
    void should_refuse_binary_text() {
        // given
        String binary = "PK\u0003\u0004\u0000\u0000 looks like a zip file";

        // when / then
        assertThatThrownBy(() -> ArticleParser.parse("archive", binary))
                .isInstanceOf(InvalidArticleException.class)
                .hasMessageContaining("archive");
    }

    @Test
    void should_accept_text_that_holds_the_replacement_character() {
        // given: U+FFFD as a character of the text (files and uploads are decoded strictly, so it is no decoding error)
        String text = "The sign read \uFFFD, a glyph the font lacked.";

        // when
        Article article = ArticleParser.parse("glyph", text);

        // then
        assertThat(article.text()).contains("\uFFFD");
    }

    @Test
    void should_refuse_a_body_without_paragraphs() {
        // given
        String onlyFrontMatter = "---\ntitle: Nothing here\n---\n";
        String frontMatterAndBlankLines = "---\ntitle: Nothing here\n---\n\n  \n\t\n";

        // when / then
        assertThatThrownBy(() -> ArticleParser.parse("nothing", onlyFrontMatter))
                .isInstanceOf(InvalidArticleException.class);
        assertThatThrownBy(() -> ArticleParser.parse("nothing", frontMatterAndBlankLines))
                .isInstanceOf(InvalidArticleException.class);
    }

    @Test
    void should_refuse_front_matter_that_is_not_yaml() {
        // given
        String content = "---\ntitle: [never closed\n---\nA body.\n";

        // when / then
        assertThatThrownBy(() -> ArticleParser.parse("broken", content))
                .isInstanceOf(InvalidArticleException.class)
                .hasMessageContaining("front matter");
    }

    @Test
    void should_take_a_plain_text_headline_as_the_title_and_number_the_body_from_it() {
        // given
        String content = "Harbour ferry strike ends after nine days\n\nCrews returned on Monday.\n\n"
                + "The union accepted a 4% rise.\n";

        // when
        Article article = ArticleParser.parse("ferry-strike", content);

        // then
        assertThat(article.title()).isEqualTo("Harbour ferry strike ends after nine days");
        assertThat(article.paragraphs()).extracting(Paragraph::text)
                .containsExactly("Crews returned on Monday.", "The union accepted a 4% rise.");
        assertThat(article.paragraphs().get(0).number()).isEqualTo(1);
    }

    @Test
    void should_read_a_headline_before_a_body_of_one_paragraph_per_line() {
        // given
        String content = "Harbour ferry strike ends\n\nCrews returned on Monday.\nThe union accepted a 4% rise.\n";

        // when
        Article article = ArticleParser.parse("ferry-strike", content);

        // then
        assertThat(article.title()).isEqualTo("Harbour ferry strike ends");
        assertThat(article.paragraphs()).hasSize(2);
    }

    @Test
    void should_not_take_a_first_sentence_as_a_headline() {
        // given
        String content = "Crews returned on Monday.\n\nThe union accepted a 4% rise.\n";

        // when
        Article article = ArticleParser.parse("ferry-strike", content);

        // then
        assertThat(article.title()).isEqualTo("ferry strike");
        assertThat(article.paragraphs()).hasSize(2);
    }

    @Test
    void should_keep_a_closing_credit_line_quotable_and_read_it_as_the_source() {
        // given
        String content = "Ferry strike ends\n\nCrews returned on Monday.\n\nSource: Northfield Gazette\n";

        // when
        Article article = ArticleParser.parse("ferry-strike", content);

        // then
        assertThat(article.metadata().source()).isEqualTo("Northfield Gazette");
        assertThat(article.paragraphs()).extracting(Paragraph::text).contains("Source: Northfield Gazette");
    }

    @Test
    void should_prefer_the_front_matter_source_to_the_credit_line() {
        // given
        String content = "---\nsource: The Daily Ledger\n---\nCrews returned on Monday.\n\nSource: Wire copy\n";

        // when
        Article article = ArticleParser.parse("ferry-strike", content);

        // then
        assertThat(article.metadata().source()).isEqualTo("The Daily Ledger");
    }

    private static Article seedArticle() throws IOException {
        return ArticleParser.parse("korea-china-visit", Files.readString(SEED, StandardCharsets.UTF_8));
    }
}
