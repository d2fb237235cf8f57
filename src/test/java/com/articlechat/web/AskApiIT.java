package com.articlechat.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.articlechat.support.ApiClient;
import com.articlechat.support.OllamaStandIn;
import com.articlechat.support.OllamaStandIn.RecordedRequest;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/ask} over real HTTP, with the real embedding model and the real Ollama client
 * talking to a loopback stand-in: what the model is sent, how its citations are checked, and how
 * the API refuses bad requests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "articlechat.knowledge.dir=src/test/resources/articles",
        "articlechat.prompts.dir=prompts",
        // Retrieval mode: these tests are about which passages a question finds (FullArticleIT covers the other).
        "articlechat.answer.full-article-tokens=0",
        "articlechat.prompts.not-found-reply=" + AskApiIT.NOT_FOUND,
        "articlechat.ollama.model=" + AskApiIT.MODEL,
        "articlechat.ollama.num-ctx=" + AskApiIT.NUM_CTX,
        "articlechat.ollama.timeout=2s",
        "articlechat.ollama.probe-ttl=0s",
        "articlechat.ollama.recovery-probe-interval=200ms"})
class AskApiIT {

    static final String NOT_FOUND = "The article does not say.";
    static final String MODEL = "llama3.2:3b";
    static final int NUM_CTX = 8192; // not the default, so the assertion proves the setting is passed on
    static final String ARTICLE = "korea-china-visit";
    static final String VISIT_QUESTION = "How long was Lee's visit to China?";

    // Passage numbers open a line in the user message: "[2] (paragraph 5) text".
    private static final Pattern PASSAGE_START = Pattern.compile("(?m)^\\[(\\d+)]");
    private static final Pattern MARKER = Pattern.compile("\\[(\\d+)]");

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

    private ApiClient api;

    @BeforeEach
    void setUp() {
        ollama.reset();
        api = new ApiClient(port);
        awaitModelAnswering(api);
    }

    /** A test that timed the model out leaves it held as unresponsive until its next probe is answered. */
    static void awaitModelAnswering(ApiClient api) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !api.get("/actuator/health/model").json()
                .path("details").path("reason").asString().equals("model-unresponsive"));
    }

    // ---- answers written by the model -----------------------------------------------------------

    @Test
    void should_answer_with_the_model_and_turn_its_markers_into_checked_citations() {
        // given: a model that cites the passage holding paragraph 1, then another one, then a passage never sent
        JsonNode article = api.get("/api/articles/" + ARTICLE).json();
        List<Integer> citedInOrder = new CopyOnWriteArrayList<>();
        Map<Integer, Integer> paragraphOfPassage = new LinkedHashMap<>();
        ollama.reply(request -> {
            paragraphOfPassage.putAll(passagesSent(request.lastUserMessage(), article));
            int visit = paragraphOfPassage.entrySet().stream().filter(e -> e.getValue() == 1)
                    .mapToInt(Map.Entry::getKey).findFirst().orElseThrow();
            int other = paragraphOfPassage.keySet().stream().filter(n -> n != visit)
                    .mapToInt(Integer::intValue).max().orElseThrow();
            citedInOrder.add(visit);
            citedInOrder.add(other);
            return "Lee's visit lasted four days [" + visit + "]. It also came up elsewhere [" + other + "]."
                    + " Unrelated [9].";
        });

        // when
        ApiClient.Response response = api.ask(VISIT_QUESTION);

        // then
        assertThat(response.status()).isEqualTo(200);
        JsonNode answer = response.json();
        assertThat(answer.path("mode").asString()).isEqualTo("llm");
        assertThat(answer.path("model").asString()).isEqualTo(MODEL);
        assertThat(answer.path("answered").asBoolean()).isTrue();
        assertThat(answer.path("notice").isNull()).isTrue();
        String text = answer.path("answer").asString();
        assertThat(text).doesNotContain("[9]").startsWith("Lee's visit lasted four days [1].");

        List<JsonNode> citations = list(answer.path("citations"));
        assertThat(citations).hasSize(2);
        assertThat(markersIn(text)).containsExactlyInAnyOrder(1, 2);
        for (int i = 0; i < citations.size(); i++) {
            JsonNode citation = citations.get(i);
            assertThat(citation.path("n").asInt()).isEqualTo(i + 1);
            assertThat(citation.path("articleId").asString()).isEqualTo(ARTICLE);
            assertThat(citation.path("articleVersion").asString()).isEqualTo(article.path("version").asString());
            assertThat(citation.path("paragraph").asInt())
                    .as("paragraph of citation [%d]", i + 1)
                    .isEqualTo(paragraphOfPassage.get(citedInOrder.get(i)));
            assertQuoteIsVerbatim(citation, article);
        }
        assertThat(citations.get(0).path("quote").asString()).contains("four\u2011day visit");
    }

    @Test
    void should_send_the_rendered_prompt_files_the_numbered_passages_and_the_configured_options()
            throws IOException {
        // given
        JsonNode article = api.get("/api/articles/" + ARTICLE).json();
        String system = Files.readString(Path.of("prompts/answer-system.txt"), StandardCharsets.UTF_8)
                .replace("{{not_found}}", NOT_FOUND);

        // when
        api.ask(VISIT_QUESTION);

        // then
        assertThat(ollama.chatRequests()).hasSize(1);
        RecordedRequest request = ollama.chatRequests().get(0);
        assertThat(request.model()).isEqualTo(MODEL);
        // Streamed even for the blocking endpoint, so that a model that stalls is noticed as it is in a stream.
        assertThat(request.json()).containsEntry("stream", true);
        assertThat(request.options()).containsEntry("num_ctx", NUM_CTX);
        assertThat(request.systemMessage()).isEqualTo(system);

        String user = request.lastUserMessage();
        assertThat(user).contains(VISIT_QUESTION);
        Map<Integer, Integer> sent = passagesSent(user, article);
        assertThat(sent).isNotEmpty().hasSizeLessThanOrEqualTo(4);
        assertThat(sent.keySet()).containsExactlyElementsOf(
                Stream.iterate(1, n -> n + 1).limit(sent.size()).toList());
        assertThat(sent.values()).contains(1).doesNotHaveDuplicates();
    }

    @Test
    void should_report_not_answered_without_citations_when_the_model_gives_the_not_found_reply() {
        // given
        ollama.reply(NOT_FOUND);

        // when
        ApiClient.Response response = api.ask("What did the visit cost the taxpayer?");

        // then
        assertThat(response.status()).isEqualTo(200);
        JsonNode answer = response.json();
        assertThat(answer.path("answered").asBoolean()).isFalse();
        assertThat(list(answer.path("citations"))).isEmpty();
        assertThat(answer.path("answer").asString()).isEqualTo(NOT_FOUND);
    }

    @Test
    void should_keep_a_cited_answer_that_also_mentions_what_the_article_does_not_say() {
        // given: small models often add such a caveat to an answer they did find
        JsonNode article = api.get("/api/articles/" + ARTICLE).json();
        ollama.reply(request -> {
            int visit = passagesSent(request.lastUserMessage(), article).entrySet().stream()
                    .filter(e -> e.getValue() == 1).mapToInt(Map.Entry::getKey).findFirst().orElseThrow();
            return "Lee's visit lasted four days [" + visit + "]. " + NOT_FOUND.replace(".", "")
                    + " what agreements were signed.";
        });

        // when
        ApiClient.Response response = api.ask("How long was Lee's visit, and what agreements were signed?");

        // then
        assertThat(response.status()).isEqualTo(200);
        JsonNode answer = response.json();
        assertThat(answer.path("mode").asString()).isEqualTo("llm");
        assertThat(answer.path("answered").asBoolean()).isTrue();
        assertThat(answer.path("answer").asString()).startsWith("Lee's visit lasted four days [1].");
        assertThat(list(answer.path("citations"))).extracting(c -> c.path("paragraph").asInt()).containsExactly(1);
    }

    @Test
    void should_not_ask_the_model_when_nothing_in_the_article_is_relevant() {
        // when
        ApiClient.Response response = api.ask("What is the weather in Paris?");

        // then
        assertThat(response.status()).isEqualTo(200);
        JsonNode answer = response.json();
        assertThat(answer.path("answered").asBoolean()).isFalse();
        assertThat(answer.path("answer").asString()).isEqualTo(NOT_FOUND);
        assertThat(list(answer.path("citations"))).isEmpty();
        assertThat(ollama.chatRequests()).isEmpty();
    }

    @Test
    void should_quote_the_article_when_the_model_cites_none_of_the_passages() {
        // given
        ollama.reply("Lee stayed for four days, as everyone knows.");

        // when
        ApiClient.Response response = api.ask(VISIT_QUESTION);

        // then
        assertThat(response.status()).isEqualTo(200);
        JsonNode answer = response.json();
        assertThat(answer.path("mode").asString()).isEqualTo("extractive");
        assertThat(answer.path("model").isNull()).isTrue();
        assertThat(answer.path("notice").asString()).isNotBlank();
        assertThat(answer.path("answer").asString()).doesNotContain("as everyone knows");
        JsonNode article = api.get("/api/articles/" + ARTICLE).json();
        assertThat(list(answer.path("citations"))).isNotEmpty()
                .allSatisfy(citation -> assertQuoteIsVerbatim(citation, article));
    }

    @Test
    void should_quote_the_article_and_name_the_model_when_ollama_lacks_it() {
        // given
        ollama.models("other:1b");

        // when
        ApiClient.Response response = api.ask(VISIT_QUESTION);

        // then
        assertThat(response.status()).isEqualTo(200);
        JsonNode answer = response.json();
        assertThat(answer.path("mode").asString()).isEqualTo("extractive");
        assertThat(answer.path("model").isNull()).isTrue();
        assertThat(answer.path("notice").asString()).contains(MODEL).contains("ollama pull " + MODEL);
        assertThat(list(answer.path("citations"))).isNotEmpty();
        assertThat(ollama.chatRequests()).isEmpty();
    }

    @Test
    void should_quote_the_article_when_the_model_does_not_answer_in_time() {
        // given
        ollama.chatDelay(Duration.ofSeconds(5));

        // when
        ApiClient.Response response = api.ask(VISIT_QUESTION);

        // then
        assertThat(response.status()).isEqualTo(200);
        JsonNode answer = response.json();
        assertThat(answer.path("mode").asString()).isEqualTo("extractive");
        assertThat(answer.path("notice").asString()).contains(MODEL);
        assertThat(list(answer.path("citations"))).isNotEmpty();
    }

    // ---- articles -------------------------------------------------------------------------------

    @Test
    void should_list_the_served_article() {
        // when
        ApiClient.Response response = api.get("/api/articles");

        // then
        assertThat(response.status()).isEqualTo(200);
        List<JsonNode> articles = list(response.json());
        assertThat(articles).hasSize(1);
        JsonNode summary = articles.get(0);
        assertThat(summary.path("id").asString()).isEqualTo(ARTICLE);
        assertThat(summary.path("title").asString()).startsWith("South Korea's Lee Jae Myung");
        assertThat(summary.path("version").asString()).isNotBlank()
                .isEqualTo(api.get("/api/articles/" + ARTICLE).json().path("version").asString());
        assertThat(summary.path("paragraphs").asInt()).isEqualTo(7);
    }

    @Test
    void should_serve_the_article_text_with_numbered_paragraphs() {
        // when
        ApiClient.Response response = api.get("/api/articles/" + ARTICLE);

        // then
        assertThat(response.status()).isEqualTo(200);
        JsonNode article = response.json();
        String text = article.path("text").asString();
        List<JsonNode> paragraphs = list(article.path("paragraphs"));
        assertThat(paragraphs).extracting(p -> p.path("n").asInt()).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(paragraphs).allSatisfy(p -> assertThat(p.path("text").asString())
                .isEqualTo(text.substring(p.path("start").asInt(), p.path("end").asInt())));
    }

    @Test
    void should_answer_404_problem_for_an_unknown_article() {
        // when
        ApiClient.Response response = api.get("/api/articles/nope");

        // then
        assertProblem(response, 404);
    }

    // ---- bad requests ---------------------------------------------------------------------------

    static Stream<Arguments> badQuestions() {
        return Stream.of(
                Arguments.of("missing question", "{}"),
                Arguments.of("null question", "{\"question\": null}"),
                Arguments.of("empty question", "{\"question\": \"\"}"),
                Arguments.of("blank question", "{\"question\": \" \\t\\n \"}"),
                Arguments.of("question of 1001 characters", ApiClient.toJson(Map.of("question", "a".repeat(1001)))),
                Arguments.of("malformed JSON", "{\"question\": \"How long"),
                Arguments.of("empty body", ""),
                Arguments.of("JSON array instead of object", "[\"How long was the visit?\"]"),
                Arguments.of("question as an array", "{\"question\": [\"How long was the visit?\"]}"),
                Arguments.of("question as an object", "{\"question\": {\"text\": \"How long was the visit?\"}}"),
                Arguments.of("article id that is not an id", "{\"question\": \"Why?\", \"articleId\": \"../etc\"}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badQuestions")
    void should_answer_400_problem_for_a_bad_question(String name, String body) {
        // when
        ApiClient.Response response = api.postJson("/api/ask", body);

        // then
        assertProblem(response, 400);
        assertThat(ollama.chatRequests()).isEmpty();
    }

    @Test
    void should_accept_a_question_of_exactly_the_maximum_length() {
        // given
        String question = (VISIT_QUESTION + " ").repeat(40).substring(0, 1000);

        // when
        ApiClient.Response response = api.ask(question);

        // then
        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void should_answer_a_number_as_question_without_error_because_json_coerces_it_to_text() {
        // when
        ApiClient.Response response = api.postJson("/api/ask", "{\"question\": 5}");

        // then
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().has("answer")).isTrue();
    }

    @Test
    void should_answer_404_problem_for_an_unknown_article_id() {
        // when
        ApiClient.Response response = api.ask(VISIT_QUESTION, "nope");

        // then
        assertProblem(response, 404);
        assertThat(response.json().path("detail").asString()).contains("nope");
    }

    @Test
    void should_answer_415_problem_for_a_body_that_is_not_json() {
        // when
        ApiClient.Response response = api.post("/api/ask", "text/plain", VISIT_QUESTION);

        // then
        assertProblem(response, 415);
    }

    @Test
    void should_answer_405_problem_for_get_on_ask() {
        // when
        ApiClient.Response response = api.get("/api/ask");

        // then
        assertProblem(response, 405);
    }

    // ---- helpers --------------------------------------------------------------------------------

    /** Which article paragraph each numbered passage of the user message carries, by its text. */
    static Map<Integer, Integer> passagesSent(String userMessage, JsonNode article) {
        List<JsonNode> paragraphs = list(article.path("paragraphs"));
        Map<Integer, Integer> sent = new LinkedHashMap<>();
        Matcher start = PASSAGE_START.matcher(userMessage);
        List<int[]> starts = new ArrayList<>();
        while (start.find()) {
            starts.add(new int[] {start.start(), Integer.parseInt(start.group(1))});
        }
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : userMessage.length();
            String chunk = userMessage.substring(starts.get(i)[0], end);
            int number = starts.get(i)[1];
            paragraphs.stream()
                    .filter(p -> chunk.contains(p.path("text").asString()))
                    .findFirst()
                    .ifPresent(p -> sent.put(number, p.path("n").asInt()));
        }
        return sent;
    }

    static void assertQuoteIsVerbatim(JsonNode citation, JsonNode article) {
        String text = article.path("text").asString();
        int start = citation.path("start").asInt();
        int end = citation.path("end").asInt();
        assertThat(end).isGreaterThan(start);
        assertThat(citation.path("quote").asString()).isEqualTo(text.substring(start, end));
        JsonNode paragraph = list(article.path("paragraphs")).get(citation.path("paragraph").asInt() - 1);
        assertThat(start).isGreaterThanOrEqualTo(paragraph.path("start").asInt());
        assertThat(end).isLessThanOrEqualTo(paragraph.path("end").asInt());
    }

    static void assertProblem(ApiClient.Response response, int status) {
        assertThat(response.status()).as("status of %s", response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("detail").asString()).isNotBlank();
    }

    static List<JsonNode> list(JsonNode array) {
        assertThat(array.isArray()).as("JSON array: %s", array).isTrue();
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private static List<Integer> markersIn(String text) {
        List<Integer> markers = new ArrayList<>();
        Matcher marker = MARKER.matcher(text);
        while (marker.find()) {
            markers.add(Integer.parseInt(marker.group(1)));
        }
        return markers;
    }
}
