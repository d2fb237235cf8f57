package com.articlechat.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.articlechat.support.OllamaStandIn;
import com.articlechat.support.ServerSentEvents;
import com.articlechat.support.TimedHttp;
import com.articlechat.support.TimedHttp.Reply;
import tools.jackson.databind.JsonNode;

/**
 * What operators and client authors see: health with liveness and readiness, Prometheus metrics of
 * the answers and the index, the OpenAPI description, and problem bodies for every error, including
 * the ones the servlet container writes before the application sees the request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "articlechat.knowledge.dir=src/test/resources/articles",
        "articlechat.knowledge.watch=false",
        "articlechat.prompts.dir=prompts",
        "articlechat.ollama.model=llama3.2:3b",
        "articlechat.ollama.timeout=5s",
        "articlechat.ollama.probe-ttl=0s"})
class OperationsIT {

    private static final String QUESTION = "{\"question\": \"How long was Lee's visit to China?\","
            + " \"articleId\": \"korea-china-visit\"}";

    private static final OllamaStandIn ollama = OllamaStandIn.start();

    @DynamicPropertySource
    static void ollamaUrl(DynamicPropertyRegistry registry) {
        registry.add("articlechat.ollama.base-url", ollama::baseUrl);
    }

    @AfterAll
    static void stopStandIn() {
        ollama.close();
    }

    @LocalServerPort
    int port;

    private TimedHttp http;

    @BeforeEach
    void setUp() {
        ollama.reset();
        ollama.reply("Lee's visit to China lasted four days [1].");
        http = new TimedHttp(port);
    }

    @Test
    void should_be_live_and_ready_with_the_index_and_show_the_model_as_a_component() {
        // when
        Reply readiness = http.get("/actuator/health/readiness");
        Reply liveness = http.get("/actuator/health/liveness");
        Reply health = http.get("/actuator/health");

        // then
        assertThat(readiness.status()).isEqualTo(200);
        JsonNode index = readiness.json().path("components").path("index");
        assertThat(index.path("status").asString()).isEqualTo("UP");
        assertThat(index.path("details").path("articles").asInt()).isEqualTo(1);
        assertThat(index.path("details").path("sentences").asInt()).isPositive();
        assertThat(readiness.json().path("components").has("model")).isFalse();
        assertThat(liveness.status()).isEqualTo(200);
        JsonNode model = health.json().path("components").path("model");
        assertThat(model.path("status").asString()).isEqualTo("UP");
        assertThat(model.path("details").path("model").asString()).isEqualTo("llama3.2:3b");
        assertThat(model.path("details").path("calls").path("maxConcurrent").asInt()).isEqualTo(2);
    }

    @Test
    void should_stay_live_and_ready_but_degraded_while_the_model_is_missing() {
        // given
        ollama.models("other:1b");

        // when
        Reply health = http.get("/actuator/health");

        // then: answers are extractive, which is not down, and no reason to restart
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asString()).isEqualTo("DEGRADED");
        JsonNode model = health.json().path("components").path("model");
        assertThat(model.path("details").path("reason").asString()).isEqualTo("model-missing");
        assertThat(http.get("/actuator/health/liveness").status()).isEqualTo(200);
        assertThat(http.get("/actuator/health/readiness").status()).isEqualTo(200);
    }

    @Test
    void should_publish_the_metrics_of_answers_model_calls_and_index() {
        // given: one answer by the model, streamed, and one without it
        assertThat(http.askStreamed(QUESTION).events()).extracting(ServerSentEvents.Event::name).last().isEqualTo("done");
        ollama.models("other:1b");
        assertThat(http.ask(QUESTION).json().path("mode").asString()).isEqualTo("extractive");

        // when
        String metrics = http.get("/actuator/prometheus").body();

        // then
        assertThat(metrics)
                .containsPattern("articlechat_answers_total\\{mode=\"llm\",reason=\"none\"} [1-9]")
                .containsPattern("articlechat_answers_total\\{mode=\"extractive\",reason=\"model-missing\"} [1-9]")
                .containsPattern("articlechat_answer_retrieval_seconds_count [1-9]")
                .containsPattern("articlechat_answer_generation_seconds_count [1-9]")
                .containsPattern("articlechat_model_first_token_seconds_count [1-9]")
                .containsPattern("articlechat_model_tokens_per_second_count [1-9]")
                .contains("articlechat_model_calls_active ", "articlechat_model_calls_queued ",
                        "articlechat_model_calls_rejected_total ")
                .containsPattern("articlechat_index_articles 1")
                .containsPattern("articlechat_index_sentences [1-9]")
                .contains("articlechat_index_build_active 0", "articlechat_index_build_sentences_embedded ");
    }

    @Test
    void should_describe_the_api_in_openapi_3_with_problems_for_errors() {
        // when
        Reply docs = http.get("/v3/api-docs");

        // then
        assertThat(docs.status()).isEqualTo(200);
        JsonNode api = docs.json();
        assertThat(api.path("openapi").asString()).startsWith("3.");
        JsonNode paths = api.path("paths");
        assertThat(fieldNames(paths)).contains("/api/ask", "/api/ask/stream", "/api/articles", "/api/articles/{id}",
                "/api/articles/{id}/versions", "/api/articles/import", "/api/conversations/{id}");
        JsonNode busy = paths.path("/api/ask").path("post").path("responses").path("429");
        assertThat(busy.path("content").has("application/problem+json")).isTrue();
        assertThat(busy.path("headers").has("Retry-After")).isTrue();
        assertThat(paths.path("/api/articles").path("post").path("security").toString()).contains("adminToken");
        assertThat(http.get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    @Test
    void should_answer_error_as_not_found_problem_when_asked_directly() {
        // when
        Reply error = http.get("/error");

        // then
        assertThat(error.status()).isEqualTo(404);
        assertThat(error.isProblem()).isTrue();
        assertThat(error.json().path("status").asInt()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/articles/a%2Fb", "/api/articles/a%00b", "/api/articles/%C0%AE"})
    void should_answer_requests_the_container_refuses_with_a_problem(String path) {
        assertContainerProblem(http.get(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/articles/%ZZ", "/api/articles/a|b", "/api/articles/{x}"})
    void should_answer_a_malformed_request_line_with_a_problem(String target) throws IOException {
        // Sent over a bare socket, since an HTTP client refuses to send such addresses at all.
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(response).startsWith("HTTP/1.1 400");
            assertThat(response).containsIgnoringCase("content-type: application/problem+json");
            assertThat(response).contains("\"status\":400").doesNotContain("<html");
        }
    }

    @Test
    void should_answer_an_address_longer_than_the_server_accepts_with_a_problem() {
        assertContainerProblem(http.get("/api/articles/" + "a".repeat(10_000)));
    }

    private static void assertContainerProblem(Reply reply) {
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.isProblem()).as("problem+json: %s %s", reply.contentType(), reply.body()).isTrue();
        JsonNode problem = reply.json();
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("detail").asString()).isNotBlank();
        assertThat(reply.body()).doesNotContain("<html").doesNotContainIgnoringCase("tomcat");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        names.addAll(node.propertyNames());
        return names;
    }
}
