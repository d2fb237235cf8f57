package com.articlechat.web;

import static com.articlechat.web.AskApiIT.assertQuoteIsVerbatim;
import static com.articlechat.web.AskApiIT.list;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.articlechat.support.ApiClient;
import com.articlechat.support.OllamaStandIn;
import tools.jackson.databind.JsonNode;

/** With Ollama down, a question still gets a 200 answer that quotes the article and says how to get generated ones. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "articlechat.knowledge.dir=src/test/resources/articles",
        "articlechat.prompts.dir=prompts",
        "articlechat.ollama.model=llama3.2:3b",
        "articlechat.ollama.probe-ttl=0s"})
class AskWithoutOllamaIT {

    private static final String DOWN_URL = OllamaStandIn.unreachableUrl();

    @DynamicPropertySource
    static void ollamaUrl(DynamicPropertyRegistry registry) {
        registry.add("articlechat.ollama.base-url", () -> DOWN_URL);
    }

    @LocalServerPort
    int port;

    @Test
    void should_quote_the_article_and_say_where_ollama_was_expected_when_it_is_down() {
        // given
        ApiClient api = new ApiClient(port);
        JsonNode article = api.get("/api/articles/korea-china-visit").json();

        // when
        ApiClient.Response response = api.ask("How long was Lee's visit to China?");

        // then
        assertThat(response.status()).isEqualTo(200);
        JsonNode answer = response.json();
        assertThat(answer.path("mode").asString()).isEqualTo("extractive");
        assertThat(answer.path("model").isNull()).isTrue();
        assertThat(answer.path("answered").asBoolean()).isTrue();
        assertThat(answer.path("notice").asString()).contains(DOWN_URL).contains("ollama pull llama3.2:3b");
        List<JsonNode> citations = list(answer.path("citations"));
        assertThat(citations).isNotEmpty();
        for (int i = 0; i < citations.size(); i++) {
            JsonNode citation = citations.get(i);
            assertThat(citation.path("n").asInt()).isEqualTo(i + 1);
            assertThat(citation.path("articleVersion").asString()).isEqualTo(article.path("version").asString());
            assertQuoteIsVerbatim(citation, article);
            assertThat(answer.path("answer").asString()).contains(citation.path("quote").asString());
        }
    }
}
