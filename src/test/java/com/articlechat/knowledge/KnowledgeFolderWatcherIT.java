package com.articlechat.knowledge;

import static com.articlechat.support.ApiClient.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.articlechat.support.ApiClient;
import tools.jackson.databind.JsonNode;

/**
 * Editors change the knowledge folder while the application runs: new, changed, deleted and broken
 * files show up in answers and in {@code GET /api/articles} within seconds, without a restart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class KnowledgeFolderWatcherIT {

    static final Path FOLDER = ApiClient.knowledgeFolderWithSeedArticle();
    static final Duration SOON = Duration.ofSeconds(15);

    private static final String ORCHARD = """
            ---
            title: Lowther Valley apple harvest
            ---
            Growers in the Lowther Valley picked nine hundred tonnes of apples this autumn, a record for the valley.

            The cooperative said a warm spring and a dry September gave the orchards their best crop in decades.
            """;
    private static final String ORCHARD_REVISED = ORCHARD.replace("nine hundred tonnes", "eleven hundred tonnes");
    private static final String HARVEST_QUESTION = "How many tonnes of apples did the Lowther Valley growers pick?";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("articlechat.knowledge.dir", FOLDER::toString);
        registry.add("articlechat.knowledge.debounce", () -> "200ms");
        registry.add("articlechat.admin-token", () -> ApiClient.TOKEN);
        registry.add("articlechat.ollama.base-url", () -> "http://127.0.0.1:" + ApiClient.closedPort());
    }

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void should_answer_from_a_dropped_file_then_its_new_version_and_forget_it_when_deleted() throws IOException {
        Path file = FOLDER.resolve("orchard-harvest.md");

        // given a new file in the folder
        Files.writeString(file, ORCHARD);
        eventually(SOON, "the new article to be cited", () -> api.cites(HARVEST_QUESTION, "orchard-harvest", null), c -> c);

        // when it changes, then the new version is the one cited
        String oldVersion = version("orchard-harvest").orElseThrow();
        Files.writeString(file, ORCHARD_REVISED);
        String newVersion = eventually(SOON, "the new version to be listed", () -> version("orchard-harvest"),
                v -> v.isPresent() && !v.get().equals(oldVersion)).orElseThrow();
        // The list changes a moment before the rebuilt index is swapped in, so the answer is awaited too.
        JsonNode answer = eventually(SOON, "the new version to be cited", () -> api.ask(HARVEST_QUESTION, null).json(),
                a -> a.path("answer").asString().contains("eleven hundred"));
        assertThat(answer.path("citations")).filteredOn(c -> c.path("articleId").asString().equals("orchard-harvest"))
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.path("articleVersion").asString()).isEqualTo(newVersion));
        assertThat(answer.path("answer").asString()).contains("eleven hundred").doesNotContain("nine hundred");

        // when it is deleted, then it is neither listed nor cited
        Files.delete(file);
        eventually(SOON, "the deleted article to leave the list", () -> api.listed("orchard-harvest"), Optional::isEmpty);
        assertThat(api.cites(HARVEST_QUESTION, "orchard-harvest", null)).isFalse();
        assertThat(api.get("/api/articles/orchard-harvest").status()).isEqualTo(404);
    }

    @Test
    void should_keep_answering_from_the_old_version_when_a_file_is_overwritten_with_garbage() throws IOException {
        Path file = FOLDER.resolve("bridge-repairs.md");
        Files.writeString(file, "The Kelvin footbridge reopens on the ninth of May after its deck was replaced.\n");
        String served = eventually(SOON, "the bridge article to be served", () -> version("bridge-repairs"),
                Optional::isPresent).orElseThrow();

        // not UTF-8, then NUL bytes: each must be reported, neither served
        Files.write(file, new byte[] {'T', 'h', 'e', ' ', (byte) 0xC3, (byte) 0x28, ' ', (byte) 0xFF});
        JsonNode broken = eventually(SOON, "the error to be listed", () -> api.listed("bridge-repairs").orElseThrow(),
                entry -> !entry.path("lastError").isNull());
        assertThat(broken.path("lastError").asString()).contains("UTF-8");
        assertThat(broken.path("lastErrorAt").isNull()).isFalse();
        assertThat(broken.path("version").asString()).isEqualTo(served);

        String firstError = broken.path("lastErrorAt").asString();
        Files.write(file, "The Kelvin\u0000footbridge".getBytes(StandardCharsets.UTF_8));
        JsonNode nul = eventually(SOON, "the second error to be listed", () -> api.listed("bridge-repairs").orElseThrow(),
                entry -> !entry.path("lastErrorAt").asString().equals(firstError));
        assertThat(nul.path("version").asString()).isEqualTo(served);

        JsonNode answer = api.ask("When does the Kelvin footbridge reopen?", "bridge-repairs").json();
        assertThat(answer.path("citations")).isNotEmpty()
                .allSatisfy(c -> assertThat(c.path("articleVersion").asString()).isEqualTo(served));
        assertThat(answer.path("answer").asString()).contains("ninth of May");
    }

    @Test
    void should_ingest_a_file_written_in_several_quick_pieces_once_with_its_final_content() throws Exception {
        Path file = FOLDER.resolve("library-hours.md");
        String[] pieces = {
                "---\ntitle: Library opening hours\n---\n",
                "The central library will stay open until nine in the evening on weekdays.\n\n",
                "On Saturdays it opens at eight, an hour earlier than now.\n\n",
                "The council said the longer hours would start in March and cost nothing extra.\n"};

        try (OutputStream out = Files.newOutputStream(file)) {
            for (String piece : pieces) {
                out.write(piece.getBytes(StandardCharsets.UTF_8));
                out.flush();
                Thread.sleep(30); // well inside the 200 ms debounce
            }
        }

        JsonNode listed = eventually(SOON, "the article to be served", () -> api.listed("library-hours"),
                Optional::isPresent).orElseThrow();
        Thread.sleep(1_000); // long enough for a second, wrongly debounced ingest to show up
        assertThat(api.get("/api/articles/library-hours/versions").json()).hasSize(1);
        assertThat(listed.path("paragraphs").asInt()).isEqualTo(3);
        assertThat(api.get("/api/articles/library-hours").json().path("text").asString())
                .endsWith("would start in March and cost nothing extra.\n");
    }

    private Optional<String> version(String id) {
        return api.listed(id).map(entry -> entry.path("version")).filter(v -> !v.isNull()).map(JsonNode::asText);
    }
}
