package com.articlechat.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
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

    @Test
    void should_not_follow_a_link_out_of_the_folder_and_say_so_without_paths(@TempDir Path elsewhere)
            throws IOException {
        // given: a link in the folder to a file outside it
        Path secret = Files.writeString(elsewhere.resolve("secret.md"), "The launch code is 0000.\n");
        Path link = Files.createSymbolicLink(folder.resolve("leak.md"), secret);

        // when
        ArticleStatus status = catalog.reload(link);

        // then: nothing of it is served, and the public error names no path
        assertThat(status.article()).isNull();
        assertThat(catalog.articles()).isEmpty();
        assertThat(status.lastError()).contains("leak.md").contains("outside the knowledge folder")
                .doesNotContain(elsewhere.toString()).doesNotContain(folder.toString());
    }

    @Test
    void should_serve_a_link_to_another_file_within_the_folder() throws IOException {
        // given
        Path original = Files.writeString(folder.resolve("ferry.txt"), "The ferry runs hourly.\n");
        Path link = Files.createSymbolicLink(folder.resolve("boat.md"), Path.of("ferry.txt"));

        // when
        ArticleStatus status = catalog.reload(link);

        // then
        assertThat(status.article()).isNotNull();
        assertThat(status.article().text()).isEqualTo(Files.readString(original));
    }

    @Test
    void should_name_a_file_that_cannot_be_read_without_its_absolute_path() {
        // when: the file went away between the change and the read
        ArticleStatus status = catalog.reload(folder.resolve("gone.md"));

        // then
        assertThat(status.lastError()).contains("gone.md").doesNotContain(folder.toString());
    }

    @Test
    void should_remove_temporary_files_left_by_a_write_that_never_finished() throws IOException {
        // given: what a write cut short by a crash leaves behind, and one that may still be in progress
        Path stale = Files.writeString(folder.resolve(".ferry-8213.tmp"), "The ferry ru");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofMinutes(10))));
        Path fresh = Files.writeString(folder.resolve(".boat-4410.tmp"), "The boat");
        Path unrelated = Files.writeString(folder.resolve(".notes.tmp"), "mine");
        Files.setLastModifiedTime(unrelated, FileTime.from(Instant.now().minus(Duration.ofMinutes(10))));

        // when: the application starts again
        new ArticleCatalog(new KnowledgeProperties(folder, DataSize.ofKilobytes(64), false, Duration.ofMillis(200)),
                event -> { });

        // then
        assertThat(stale).doesNotExist();
        assertThat(fresh).exists();
        assertThat(unrelated).exists();
    }

    @Test
    void should_keep_the_mode_of_a_replaced_file_and_write_new_ones_as_any_new_file() throws IOException {
        // given: an article an editor made readable by the group only
        Path file = folder.resolve("ferry.md");
        Files.writeString(file, "The ferry runs hourly.\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        catalog.reload(file);
        Path plain = Files.createFile(folder.resolve("plain.txt"));

        // when
        catalog.save("ferry", "The ferry runs every two hours.\n");
        catalog.save("boat", "The boat runs daily.\n");

        // then: the replaced file keeps its mode, the new one has the mode any new file gets here (not 0600)
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
        assertThat(Files.getPosixFilePermissions(folder.resolve("boat.md")))
                .isEqualTo(Files.getPosixFilePermissions(plain));
        assertThat(Files.readString(file)).contains("two hours");
    }
}
