package com.articlechat.retrieval;

import static com.articlechat.support.ApiClient.article;
import static com.articlechat.support.ApiClient.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.articlechat.Application;
import com.articlechat.eval.DistractorGenerator;
import com.articlechat.support.ApiClient;
import com.articlechat.support.Browser;
import com.articlechat.support.ApiClient.Response;
import tools.jackson.databind.JsonNode;

/**
 * An archive is served at once and indexed in the background: {@code GET /api/index} reports the
 * progress, questions are answered over what is indexed with a notice saying so, an article asked
 * about before its turn is indexed next, an edit is served at once even mid-pass, and a restart
 * finds every vector in the embedding cache.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BackgroundIndexingIT {

    /** Enough articles that the pass takes tens of seconds with the real model on two cores. */
    private static final int DISTRACTORS = 800;
    private static final Path FOLDER = archive();
    private static final Path CACHE = FOLDER.resolveSibling(FOLDER.getFileName() + "-cache");
    private static final String OLDEST = "lighthouse-1990";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("articlechat.knowledge.dir", FOLDER::toString);
        registry.add("articlechat.index.await-on-start", () -> "0s");
        registry.add("articlechat.index.cache-dir", CACHE::toString);
        registry.add("articlechat.admin-token", () -> ApiClient.TOKEN);
        registry.add("articlechat.ollama.base-url", () -> "http://127.0.0.1:" + ApiClient.closedPort());
    }

    @LocalServerPort
    int port;

    private static ConfigurableApplicationContext restarted;

    @AfterAll
    static void closeRestarted() {
        if (restarted != null) {
            restarted.close();
        }
    }

    /** The seed article, the distractor corpus, and one article older than all, so indexed last. */
    private static Path archive() {
        Path dir = ApiClient.knowledgeFolderWithSeedArticle();
        try {
            new DistractorGenerator().writeTo(dir, DISTRACTORS, 7);
            Files.writeString(dir.resolve(OLDEST + ".md"), """
                    ---
                    title: "Lighthouse keeper retires after forty years"
                    published: "1990-01-01"
                    ---

                    The keeper of the Skerry Point lighthouse retired on Friday after forty years of service.

                    He said the hardest winter was 1963, when ice closed the harbour for six weeks.
                    """);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    private JsonNode status() {
        return new ApiClient(port).get("/api/index").json();
    }

    @Test
    @Order(1)
    void should_serve_the_page_and_report_progress_while_indexing() {
        ApiClient api = new ApiClient(port);
        assertThat(api.get("/").status()).isEqualTo(200);

        JsonNode status = status();

        assertThat(status.get("state").asString()).isEqualTo("indexing");
        assertThat(status.get("articlesTotal").asInt()).isEqualTo(DISTRACTORS + 2);
        assertThat(status.get("articlesIndexed").asInt()).isLessThan(DISTRACTORS + 2);
        assertThat(status.get("sentencesIndexed").asLong()).isLessThan(status.get("sentencesTotal").asLong());
        assertThat(status.has("sentencesPerSecond")).isTrue();
        assertThat(status.has("etaSeconds")).isTrue();
        assertThat(status.has("lastError")).isTrue();
    }

    @Test
    @Order(2)
    void should_show_the_progress_on_the_chat_page_while_indexing() {
        try (Browser chromium = Browser.launch()) {
            chromium.driver().get("http://localhost:" + port + "/");

            WebElement progress = chromium.await(d -> {
                WebElement bar = d.findElement(By.id("index-progress"));
                return bar.isDisplayed() ? bar : null;
            });

            assertThat(progress.getText()).contains("Indexing the archive").contains("of " + (DISTRACTORS + 2) + " articles");
            WebElement bar = chromium.driver().findElement(By.id("index-bar"));
            assertThat(Double.parseDouble(bar.getDomProperty("value")))
                    .isLessThan(Double.parseDouble(bar.getDomProperty("max")));
        }
    }

    @Test
    @Order(3)
    void should_answer_over_the_articles_indexed_so_far_with_a_notice_while_indexing() {
        JsonNode status = eventually(Duration.ofSeconds(30), "a first article to be searchable", this::status,
                s -> s.get("articlesSearchable").asInt() > 0);
        assertThat(status.get("state").asString()).isEqualTo("indexing");

        Response answer = new ApiClient(port).ask("How long was the trade ministers' meeting?");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("notice").asString()).contains("still being indexed");
    }

    @Test
    @Order(4)
    void should_index_next_an_article_asked_about_before_its_turn() {
        ApiClient api = new ApiClient(port);
        String question = "Which winter was the hardest for the keeper?";

        Response early = api.ask(question, OLDEST);

        assertThat(early.status()).isEqualTo(503);
        assertThat(early.contentType()).startsWith("application/problem+json");
        assertThat(early.header("Retry-After")).hasValueSatisfying(v -> assertThat(Integer.parseInt(v)).isPositive());
        assertThat(early.json().get("detail").asString()).contains(OLDEST);

        Response answered = eventually(Duration.ofSeconds(60), "the article asked about to be indexed",
                () -> api.ask(question, OLDEST), r -> r.status() == 200);
        assertThat(answered.json().get("answer").asString()).contains("1963");
        assertThat(status().get("state").asString()).as("indexed before its turn").isEqualTo("indexing");
    }

    @Test
    @Order(5)
    void should_serve_an_edit_made_during_background_indexing_when_the_save_returns() {
        ApiClient api = new ApiClient(port);
        assertThat(status().get("state").asString()).isEqualTo("indexing");
        Map<String, Object> bridge = article("Harbour bridge inspection", "The harbour bridge was closed to lorries"
                + " while engineers inspected it.\n\nThe inspection found seven cracked bolts on the eastern span.");
        bridge.put("id", "harbour-bridge");
        assertThat(api.json("POST", "/api/articles", bridge).status()).isEqualTo(201);

        Response first = api.ask("How many cracked bolts were found?", "harbour-bridge");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("answer").asString()).contains("seven");

        assertThat(api.json("PUT", "/api/articles/harbour-bridge", article("Harbour bridge inspection",
                "The harbour bridge was closed to lorries while engineers inspected it.\n\nThe inspection found"
                        + " eleven cracked bolts on the eastern span.")).status()).isEqualTo(200);
        Response edited = api.ask("How many cracked bolts were found?", "harbour-bridge");
        assertThat(edited.json().get("answer").asString()).contains("eleven").doesNotContain("seven");
    }

    @Test
    @Order(6)
    void should_report_ready_once_every_article_is_searchable() {
        JsonNode ready = eventually(Duration.ofMinutes(10), "indexing to finish", this::status,
                s -> "ready".equals(s.get("state").asString()));

        assertThat(ready.get("articlesIndexed").asInt()).isEqualTo(DISTRACTORS + 3);
        assertThat(ready.get("articlesSearchable").asInt()).isEqualTo(DISTRACTORS + 3);
        assertThat(ready.get("sentencesIndexed").asLong()).isEqualTo(ready.get("sentencesTotal").asLong());
        assertThat(ready.get("etaSeconds").asLong()).isZero();
        assertThat(ready.get("lastError").isNull()).isTrue();
        Response answer = new ApiClient(port).ask("How long was the trade ministers' meeting?");
        assertThat(answer.json().get("notice").asString()).as("the notice is the model's alone")
                .doesNotContain("indexed");
        try (Browser chromium = Browser.launch()) {
            chromium.driver().get("http://localhost:" + port + "/");
            chromium.await(d -> d.findElement(By.id("article-title")).getText().contains("Loading") ? null : true);
            assertThat(chromium.driver().findElement(By.id("index-progress")).isDisplayed()).isFalse();
        }
    }

    @Test
    @Order(7)
    void should_find_every_vector_in_the_cache_after_a_restart() {
        restarted = new SpringApplicationBuilder(Application.class).run(
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--articlechat.knowledge.dir=" + FOLDER,
                "--articlechat.knowledge.watch=false",
                "--articlechat.index.await-on-start=0s",
                "--articlechat.index.cache-dir=" + CACHE,
                "--articlechat.ollama.base-url=http://127.0.0.1:" + ApiClient.closedPort());
        ApiClient api = new ApiClient(restarted.getEnvironment().getRequiredProperty("local.server.port", Integer.class));

        JsonNode ready = eventually(Duration.ofMinutes(2), "the restarted server to be ready",
                () -> api.get("/api/index").json(), s -> "ready".equals(s.get("state").asString()));

        assertThat(ready.get("articlesIndexed").asInt()).isEqualTo(DISTRACTORS + 3);
        assertThat(ready.get("sentencesEmbedded").asLong()).as("nothing embedded again").isZero();
        assertThat(api.ask("Which winter was the hardest for the keeper?", OLDEST).json().get("answer").asString())
                .contains("1963");
    }
}
