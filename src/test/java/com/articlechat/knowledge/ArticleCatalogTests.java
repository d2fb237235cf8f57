package com.articlechat.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/** The catalog as the single source of truth: files in, versions served, failures recorded but never served. */
class ArticleCatalogTests {

    @TempDir
    Path folder;

    private final List<ArticlesChanged> changes = new CopyOnWriteArrayList<>();
    private ArticleCatalog catalog;

    @BeforeEach
    void catalog() {
        catalog = new ArticleCatalog(new KnowledgeProperties(folder, DataSize.ofKilobytes(64), false,
                Duration.ofMillis(200)), event -> {
                    if (event instanceof ArticlesChanged change) {
                        changes.add(change);
                    }
                });
    }

    @Test
    void should_write_the_article_as_a_markdown_file_and_serve_it() throws IOException {
        ArticleStatus saved = catalog.save("ferry", "---\ntitle: Ferry\n---\nThe ferry runs hourly.\n");

        assertThat(Files.readString(folder.resolve("ferry.md"))).contains("The ferry runs hourly.");
        assertThat(catalog.article("ferry")).hasValueSatisfying(a -> assertThat(a.version()).isEqualTo(saved.article().version()));
        assertThat(changes).hasSize(1);
        try (var files = Files.list(folder)) {
            assertThat(files).extracting(f -> f.getFileName().toString()).containsExactly("ferry.md");
        }
    }

    @Test
    void should_change_nothing_when_the_saved_text_is_not_an_article() throws IOException {
        catalog.save("ferry", "The ferry runs hourly.\n");
        String file = Files.readString(folder.resolve("ferry.md"));

        assertThatThrownBy(() -> catalog.save("ferry", "  \n\n ")).isInstanceOf(InvalidArticleException.class);
        assertThatThrownBy(() -> catalog.save("ferry", "bin\u0000ary")).isInstanceOf(InvalidArticleException.class);

        assertThat(Files.readString(folder.resolve("ferry.md"))).isEqualTo(file);
        assertThat(catalog.article("ferry").orElseThrow().text()).isEqualTo("The ferry runs hourly.\n");
        assertThat(catalog.status("ferry").orElseThrow().versions()).hasSize(1);
    }

    @Test
    void should_keep_serving_the_previous_version_when_its_file_becomes_unreadable() throws IOException {
        Path file = folder.resolve("ferry.md");
        Files.writeString(file, "The ferry runs hourly.\n");
        String version = catalog.reload(file).article().version();

        Files.write(file, new byte[] {'O', 'k', (byte) 0xC3, (byte) 0x28});
        ArticleStatus afterBadUtf8 = catalog.reload(file);
        Files.writeString(file, "Null\u0000bytes");
        ArticleStatus afterNul = catalog.reload(file);

        assertThat(afterBadUtf8.article().version()).isEqualTo(version);
        assertThat(afterBadUtf8.lastError()).contains("not UTF-8");
        assertThat(afterNul.article().version()).isEqualTo(version);
        assertThat(afterNul.lastError()).contains("not readable text");
        assertThat(afterNul.lastErrorAt()).isNotNull();
        assertThat(afterNul.versions()).hasSize(1);
    }

    @Test
    void should_record_an_id_whose_every_ingest_failed_without_serving_it() throws IOException {
        Path file = folder.resolve("broken.md");
        Files.write(file, new byte[] {(byte) 0xFF, (byte) 0xFE});

        ArticleStatus status = catalog.reload(file);

        assertThat(status.article()).isNull();
        assertThat(status.lastError()).isNotBlank();
        assertThat(catalog.articles()).isEmpty();
        assertThat(catalog.statuses()).extracting(ArticleStatus::id).containsExactly("broken");
        assertThat(changes).isEmpty();
    }

    @Test
    void should_add_no_version_and_announce_nothing_for_the_same_text_again() {
        catalog.save("ferry", "The ferry runs hourly.\n");
        catalog.save("ferry", "The ferry runs hourly.\n");
        catalog.reload(folder.resolve("ferry.md"));
        catalog.save("ferry", "The ferry runs every half hour.\n");

        assertThat(catalog.status("ferry").orElseThrow().versions()).hasSize(2);
        assertThat(changes).hasSize(2);
        assertThat(changes.get(1).articles()).singleElement()
                .satisfies(a -> assertThat(a.text()).contains("half hour"));
    }

    @Test
    void should_move_an_article_from_its_text_file_to_a_markdown_file_when_saved() throws IOException {
        Path txt = folder.resolve("ferry.txt");
        Files.writeString(txt, "The ferry runs hourly.\n");
        catalog.reload(txt);

        catalog.save("ferry", "The ferry runs every half hour.\n");

        assertThat(Files.exists(txt)).isFalse();
        assertThat(catalog.status("ferry").orElseThrow().file()).isEqualTo(folder.resolve("ferry.md").toAbsolutePath());
    }

    @Test
    void should_stop_serving_a_deleted_file_and_delete_the_file_of_a_deleted_article() throws IOException {
        catalog.save("ferry", "The ferry runs hourly.\n");
        catalog.save("bus", "The bus runs hourly.\n");
        Files.delete(folder.resolve("ferry.md"));

        catalog.forget(folder.resolve("ferry.md"));
        catalog.delete("bus");

        assertThat(catalog.articles()).isEmpty();
        assertThat(Files.exists(folder.resolve("bus.md"))).isFalse();
        assertThatThrownBy(() -> catalog.delete("bus")).isInstanceOf(UnknownArticleException.class);
    }

    @Test
    void should_read_the_article_out_of_an_html_file_and_record_a_page_without_one() throws IOException {
        Path page = folder.resolve("dialogue.html");
        Files.writeString(page, HtmlArticlesTests.resource("news-page.html"));
        Path front = folder.resolve("section.html");
        Files.writeString(front, HtmlArticlesTests.resource("section-front.html"));

        assertThat(catalog.reload(page).article().paragraphs()).hasSize(6);
        assertThat(catalog.reload(front).lastError()).contains("No article text");
    }

    @Test
    void should_refuse_a_file_over_the_size_limit() throws IOException {
        Path file = folder.resolve("huge.md");
        Files.writeString(file, "word ".repeat(20_000), StandardCharsets.UTF_8);

        assertThat(catalog.reload(file).lastError()).contains("limit");
        assertThat(catalog.articles()).isEmpty();
    }
}
