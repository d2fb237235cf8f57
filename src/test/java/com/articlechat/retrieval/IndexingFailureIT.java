package com.articlechat.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.articlechat.support.ApiClient;
import com.articlechat.support.ApiClient.Response;
import tools.jackson.databind.JsonNode;

/**
 * An embedding model that is down (an Ollama embedding model nobody serves): the server still
 * starts and serves the page, {@code GET /api/index} says why nothing is searchable, and questions
 * get 503 with {@code Retry-After} rather than a wrong "the article does not say".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IndexingFailureIT {

    private static final int CLOSED = ApiClient.closedPort();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("articlechat.knowledge.dir", ApiClient::knowledgeFolderWithSeedArticle);
        registry.add("articlechat.knowledge.watch", () -> "false");
        registry.add("articlechat.index.await-on-start", () -> "0s");
        registry.add("articlechat.index.retry-failed-after", () -> "1s");
        registry.add("articlechat.embedding.provider", () -> "ollama");
        registry.add("articlechat.embedding.base-url", () -> "http://127.0.0.1:" + CLOSED);
        registry.add("articlechat.ollama.base-url", () -> "http://127.0.0.1:" + CLOSED);
    }

    @LocalServerPort
    int port;

    @Test
    void should_serve_the_page_say_why_and_ask_to_come_back_when_nothing_can_be_indexed() {
        ApiClient api = new ApiClient(port);
        assertThat(api.get("/").status()).isEqualTo(200);

        JsonNode status = ApiClient.eventually(Duration.ofSeconds(30), "the failure to be reported",
                () -> api.get("/api/index").json(), s -> !s.get("lastError").isNull());
        assertThat(status.get("state").asString()).isEqualTo("indexing");
        assertThat(status.get("articlesSearchable").asInt()).isZero();
        assertThat(status.get("lastError").asString()).contains("Could not index").contains(ApiClient.SEED_ID);

        for (Response answer : new Response[] {api.ask("How long was the visit?"),
                api.ask("How long was the visit?", ApiClient.SEED_ID)}) {
            assertThat(answer.status()).isEqualTo(503);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.header("Retry-After")).isPresent();
            assertThat(answer.json().get("detail").asString()).contains("being indexed");
        }
    }
}
