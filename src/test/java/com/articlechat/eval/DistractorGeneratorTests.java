package com.articlechat.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.articlechat.knowledge.Article;
import com.articlechat.knowledge.ArticleCatalog;
import com.articlechat.knowledge.ArticleIds;
import com.articlechat.knowledge.ArticleParser;
import com.articlechat.knowledge.Paragraph;
import com.articlechat.knowledge.Sentence;
import com.articlechat.knowledge.TextNormalizer;

/**
 * The distractor corpus is reproducible from its seed, has the size asked for, reads as articles
 * the project accepts, is at least 30% hard distractors, and never repeats what the seed article
 * says, so the development set's gold answers stay unique to the seed.
 */
class DistractorGeneratorTests {

    private static final Path SEED_ARTICLE = Path.of("src/test/resources/articles/korea-china-visit.md");
    private static final int COUNT = 300;

    private final DistractorGenerator generator = new DistractorGenerator();

    @Test
    void should_write_the_same_corpus_for_the_same_seed(@TempDir Path first, @TempDir Path second) throws IOException {
        // when
        generator.writeTo(first, COUNT, 42);
        generator.writeTo(second, COUNT, 42);

        // then
        assertThat(files(second)).isEqualTo(files(first));
        assertThat(generator.generate(COUNT, 42)).isEqualTo(generator.generate(COUNT, 42));
    }

    @Test
    void should_write_a_different_corpus_for_a_different_seed() {
        // when
        List<GeneratedArticle> a = generator.generate(COUNT, 42);
        List<GeneratedArticle> b = generator.generate(COUNT, 43);

        // then
        Set<String> bodiesOfA = new HashSet<>(a.stream().map(DistractorGeneratorTests::body).toList());
        assertThat(b).noneMatch(article -> bodiesOfA.contains(body(article)));
        assertThat(b.stream().map(GeneratedArticle::id).toList())
                .isNotEqualTo(a.stream().map(GeneratedArticle::id).toList());
    }

    @Test
    void should_write_as_many_articles_as_asked(@TempDir Path dir) throws IOException {
        // when
        int written = generator.writeTo(dir.resolve("not-yet-there"), COUNT, 42);

        // then
        assertThat(written).isEqualTo(COUNT);
        assertThat(files(dir.resolve("not-yet-there"))).hasSize(COUNT);
        assertThat(generator.generate(1000, 7)).hasSize(1000);
        assertThat(generator.generate(0, 7)).isEmpty();
    }

    @Test
    void should_replace_an_earlier_corpus_but_leave_other_articles_alone(@TempDir Path dir) throws IOException {
        // given
        Files.copy(SEED_ARTICLE, dir.resolve("korea-china-visit.md"));
        generator.writeTo(dir, COUNT, 42);

        // when
        generator.writeTo(dir, 10, 7);

        // then
        assertThat(files(dir).keySet()).hasSize(11).contains("korea-china-visit.md");
    }

    @Test
    void should_give_every_article_a_unique_id_that_is_its_file_name(@TempDir Path dir) throws IOException {
        // given
        List<GeneratedArticle> articles = generator.generate(COUNT, 42);

        // when
        generator.writeTo(dir, COUNT, 42);

        // then
        assertThat(articles).extracting(GeneratedArticle::id).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("distractor-\\d{4}-[a-z0-9]+(-[a-z0-9]+)*"))
                .allMatch(id -> ArticleIds.requireValid(id).equals(id));
        assertThat(articles.get(0).id()).startsWith("distractor-0001-");
        assertThat(articles.get(COUNT - 1).id()).startsWith("distractor-0300-");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(ArticleCatalog::idOf).sorted().toList())
                    .isEqualTo(articles.stream().map(GeneratedArticle::id).sorted().toList());
        }
    }

    @Test
    void should_make_at_least_thirty_percent_hard_distractors_in_the_seed_articles_vocabulary() {
        // when
        List<GeneratedArticle> articles = generator.generate(COUNT, 42);

        // then
        List<GeneratedArticle> hard = articles.stream().filter(GeneratedArticle::hard).toList();
        assertThat(hard.size()).isGreaterThanOrEqualTo(COUNT * 30 / 100);
        List<String> regional = List.of("Seoul", "Beijing", "Tokyo", "Xi Jinping", "South Korea", "China", "Japan");
        for (GeneratedArticle article : hard) {
            assertThat(regional.stream().filter(article.markdown()::contains)).as(article.id()).hasSizeGreaterThan(1);
        }
        String allHard = String.join("\n", hard.stream().map(GeneratedArticle::markdown).toList());
        assertThat(allHard).contains("state visit", "supply chain", "semiconductor", "tariff", "Northeast Asia",
                "Beijing", "Seoul", "Xi Jinping", "trade minister", "export control", "denuclearisation");
        for (GeneratedArticle article : articles.stream().filter(a -> !a.hard()).toList()) {
            assertThat(article.markdown()).as(article.id()).doesNotContain("Xi Jinping", "Seoul", "Beijing");
        }
        assertThat(hard.stream().map(GeneratedArticle::topic).distinct().count()).isGreaterThanOrEqualTo(8);
        assertThat(articles.stream().filter(a -> !a.hard()).map(GeneratedArticle::topic).distinct().count())
                .isGreaterThanOrEqualTo(10);
    }

    @Test
    void should_write_articles_the_parser_reads_as_four_to_nine_paragraphs_of_one_to_four_sentences() {
        // when
        List<GeneratedArticle> articles = generator.generate(COUNT, 42);

        // then
        for (GeneratedArticle generated : articles) {
            Article article = ArticleParser.parse(generated.id(), generated.markdown());
            assertThat(article.paragraphs()).as(generated.id()).hasSizeBetween(4, 9);
            for (Paragraph paragraph : article.paragraphs()) {
                assertThat(paragraph.sentences()).as("%s paragraph %d: %s", generated.id(), paragraph.number(),
                        paragraph.text()).hasSizeBetween(1, 4);
            }
            assertThat(article.title()).isEqualTo(generated.title());
            assertThat(article.metadata().source()).isEqualTo("article-chat distractor generator, seed 42");
            assertThat(article.metadata().published()).matches("202[45]-\\d\\d-\\d\\d");
            assertThat(article.metadata().byline()).isNotBlank();
            assertThat(article.metadata().language()).isEqualTo("en");
            assertThat(generated.markdown()).doesNotContain("{").doesNotContain("}");
        }
    }

    @Test
    void should_write_no_two_articles_alike_nor_any_two_mostly_the_same_sentences() {
        // when
        List<GeneratedArticle> articles = generator.generate(COUNT, 42);

        // then
        assertThat(articles.stream().map(DistractorGeneratorTests::body)).doesNotHaveDuplicates();
        List<Set<String>> sentences = articles.stream().map(DistractorGeneratorTests::sentences).toList();
        for (int i = 0; i < articles.size(); i++) {
            for (int j = i + 1; j < articles.size(); j++) {
                Set<String> shared = new HashSet<>(sentences.get(i));
                shared.retainAll(sentences.get(j));
                int shorter = Math.min(sentences.get(i).size(), sentences.get(j).size());
                assertThat(shared.size()).as("sentences %s shares with %s: %s", articles.get(i).id(),
                        articles.get(j).id(), shared).isLessThanOrEqualTo(shorter * 2 / 3);
            }
        }
    }

    @Test
    void should_never_repeat_a_sentence_of_the_seed_article() throws IOException {
        // given
        Article seed = ArticleParser.parse("korea-china-visit", Files.readString(SEED_ARTICLE, StandardCharsets.UTF_8));
        List<String> seedSentences = seed.sentences().stream().map(Sentence::text).map(DistractorGeneratorTests::fold)
                .toList();

        // when
        for (long seedValue = 1; seedValue <= 5; seedValue++) {
            for (GeneratedArticle article : generator.generate(COUNT, seedValue)) {

                // then
                String text = fold(article.markdown());
                assertThat(seedSentences).as(article.id()).noneMatch(text::contains);
            }
        }
    }

    @Test
    void should_not_restate_the_claims_the_seed_article_makes() {
        // given: the seed's particular facts, each the answer to a development question or close to one
        List<String> seedClaims = List.of("lee jae myung", "south korean president", "south korean leader",
                "four-day", "new chapter", "300 billion", "peaking in 2022", "open a new route", "growth engines",
                "restore trust", "crucial opportunity", "unpredictable", "strategic decisions", "long-term peace",
                "maritime concerns", "beijing and shanghai", "korea herald", "key regional partners");

        // when
        for (long seedValue = 1; seedValue <= 5; seedValue++) {
            for (GeneratedArticle article : generator.generate(COUNT, seedValue)) {

                // then
                String text = fold(article.markdown());
                assertThat(seedClaims).as(article.id()).noneMatch(text::contains);
            }
        }
    }

    private static Set<String> sentences(GeneratedArticle article) {
        return new HashSet<>(ArticleParser.parse(article.id(), article.markdown()).sentences().stream()
                .map(Sentence::text).toList());
    }

    private static String body(GeneratedArticle article) {
        return ArticleParser.parse(article.id(), article.markdown()).text();
    }

    private static String fold(String text) {
        return TextNormalizer.normalize(text).toLowerCase(Locale.ROOT);
    }

    /** File name to bytes, in name order. */
    private static TreeMap<String, String> files(Path dir) throws IOException {
        TreeMap<String, String> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path file : list.toList()) {
                files.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
