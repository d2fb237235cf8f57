package com.articlechat.web;

import static com.articlechat.support.ApiClient.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.articlechat.support.ApiClient;
import com.articlechat.support.ApiClient.Response;

/** With no admin token configured, nothing can be written, whatever a client sends; reading still works. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class ArticleAdminNoTokenIT {

    static final Path FOLDER = ApiClient.knowledgeFolderWithSeedArticle();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("articlechat.knowledge.dir", FOLDER::toString);
        registry.add("articlechat.admin-token", () -> "");
        registry.add("articlechat.ollama.base-url", () -> "http://127.0.0.1:" + ApiClient.closedPort());
    }

    @LocalServerPort
    int port;

    @Test
    void should_refuse_every_write_with_a_hint_to_set_the_token() {
        ApiClient api = new ApiClient(port);
        Map<String, Object> body = article("Any title", "Any text at all.");
        String seed = "/api/articles/" + ApiClient.SEED_ID;

        List<Response> responses = List.of(
                api.json("POST", "/api/articles", body, null),
                api.json("POST", "/api/articles", body, "Bearer "),
                api.json("POST", "/api/articles", body, "Bearer anything"),
                api.json("PUT", seed, body, "Bearer anything"),
                api.json("DELETE", seed, Map.of(), null),
                api.json("POST", "/api/articles/import", Map.of("url", "https://example.com/"), null),
                api.upload("POST", "/api/articles", "any.md", "Any text.".getBytes(StandardCharsets.UTF_8), "Bearer "));

        assertThat(responses).allSatisfy(response -> {
            assertThat(response.status()).isEqualTo(403);
            assertThat(response.json().path("detail").asText())
                    .contains("set articlechat.admin-token (env ARTICLECHAT_ADMINTOKEN)");
        });
        assertThat(api.get("/api/articles").json()).hasSize(1);
        assertThat(api.get(seed).status()).isEqualTo(200);
    }
}
