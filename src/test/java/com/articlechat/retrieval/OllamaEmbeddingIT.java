package com.articlechat.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.articlechat.support.ApiClient;
import com.articlechat.support.OllamaStandIn;
import tools.jackson.databind.JsonNode;

/**
 * With {@code articlechat.embedding.provider=ollama}, sentences and questions are embedded by
 * Ollama's {@code /api/embed} through the real langchain4j-ollama client, and retrieval still finds
 * the paragraph that answers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "articlechat.knowledge.dir=src/test/resources/articles",
        "articlechat.knowledge.watch=false",
        "articlechat.prompts.dir=prompts",
        "articlechat.embedding.provider=ollama",
        "articlechat.embedding.model=bge-m3",
        "articlechat.ollama.probe-ttl=0s"})
class OllamaEmbeddingIT {

    private static final OllamaStandIn OLLAMA = OllamaStandIn.start().models("llama3.2:3b", "bge-m3");

    @DynamicPropertySource
    static void ollama(DynamicPropertyRegistry registry) {
        registry.add("articlechat.ollama.base-url", OLLAMA::baseUrl);
    }

    @LocalServerPort
    int port;

    @Test
    void should_embed_with_the_ollama_model_and_still_cite_the_paragraph_that_answers() {
        // given: the model cites whichever passage it was sent that states the figure
        OLLAMA.reply(request -> "Trade has hovered around $300 billion [" + passageMentioning(request, "$300 billion")
                + "].");

        // when
        JsonNode answer = new ApiClient(port).ask("What is the value of Korea-China trade in billions?").json();

        // then
        List<OllamaStandIn.RecordedRequest> embeds = OLLAMA.requests().stream()
                .filter(r -> r.path().equals("/api/embed")).toList();
        assertThat(embeds).isNotEmpty();
        assertThat(embeds).allSatisfy(r -> assertThat(r.model()).isEqualTo("bge-m3"));
        List<Integer> cited = new ArrayList<>();
        answer.path("citations").forEach(c -> cited.add(c.path("paragraph").asInt()));
        assertThat(answer.path("mode").asString()).isEqualTo("llm");
        assertThat(cited).containsExactly(3);
    }

    /** The number of the passage in the prompt whose text contains {@code phrase}, or 0. */
    private static int passageMentioning(OllamaStandIn.RecordedRequest request, String phrase) {
        java.util.regex.Matcher passage = java.util.regex.Pattern.compile("(?s)\\[(\\d+)][^\\[]*")
                .matcher(request.lastUserMessage());
        while (passage.find()) {
            if (passage.group().contains(phrase)) {
                return Integer.parseInt(passage.group(1));
            }
        }
        return 0;
    }
}
