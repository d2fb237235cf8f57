package com.articlechat.web;

import static com.articlechat.support.ApiClient.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.articlechat.support.ApiClient;
import com.articlechat.Application;
import tools.jackson.databind.JsonNode;

/** Articles written through the API are files, so the next start of the application serves them again. */
class ArticleAdminRestartIT {

    private final Path folder = ApiClient.knowledgeFolderWithSeedArticle();

    @Test
    void should_serve_uploaded_articles_after_a_restart() {
        String jsonVersion;
        String fileVersion;
        try (ConfigurableApplicationContext first = start()) {
            ApiClient api = client(first);
            jsonVersion = api.json("POST", "/api/articles", article("Night buses return",
                    "Night buses return to the city centre on Friday.\n\nThey run every half hour until four."))
                    .json().path("version").asString();
            fileVersion = api.upload("POST", "/api/articles", "river-cleanup.md",
                    "The river clean-up collected two tonnes of rubbish.".getBytes(StandardCharsets.UTF_8))
                    .json().path("version").asString();
            assertThat(api.delete("/api/articles/" + ApiClient.SEED_ID).status()).isEqualTo(204);
        }
        assertThat(Files.exists(folder.resolve("night-buses-return.md"))).isTrue();

        try (ConfigurableApplicationContext second = start()) {
            ApiClient api = client(second);
            JsonNode nightBuses = api.get("/api/articles/night-buses-return").json();
            assertThat(nightBuses.path("version").asString()).isEqualTo(jsonVersion);
            assertThat(nightBuses.path("title").asString()).isEqualTo("Night buses return");
            assertThat(nightBuses.path("paragraphs")).hasSize(2);
            assertThat(api.get("/api/articles/river-cleanup").json().path("version").asString()).isEqualTo(fileVersion);
            assertThat(api.get("/api/articles/" + ApiClient.SEED_ID).status()).isEqualTo(404);
            assertThat(api.get("/api/articles").json()).hasSize(2);
        }
    }

    private ConfigurableApplicationContext start() {
        // Command-line arguments, not builder properties: those are defaults, which application.yaml overrides.
        return new SpringApplicationBuilder(Application.class).run(
                "--server.port=0",
                "--articlechat.knowledge.dir=" + folder,
                "--articlechat.knowledge.debounce=200ms",
                "--articlechat.admin-token=" + ApiClient.TOKEN,
                "--articlechat.ollama.base-url=http://127.0.0.1:" + ApiClient.closedPort());
    }

    private static ApiClient client(ConfigurableApplicationContext context) {
        return new ApiClient(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
    }
}
