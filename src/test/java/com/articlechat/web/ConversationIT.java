package com.articlechat.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import com.articlechat.support.ApiClient;
import com.articlechat.support.ServerSentEvents;
import com.articlechat.support.OllamaStandIn;
import com.articlechat.support.OllamaStandIn.RecordedRequest;
import tools.jackson.databind.JsonNode;

/**
 * Multi-turn conversations over HTTP with the model up: follow-ups are rewritten by the model before
 * retrieval, the model is shown the earlier turns within their bounds, each answer cites only its
 * own passages, and conversations never see each other's history.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "articlechat.prompts.dir=prompts",
        // Retrieval mode: these tests are about which passages a question finds (FullArticleIT covers the other).
        "articlechat.answer.full-article-tokens=0",
        "articlechat.knowledge.watch=false",
        "articlechat.ollama.model=llama3.2:3b",
        "articlechat.ollama.timeout=5s",
        "articlechat.ollama.probe-ttl=0s",
        "articlechat.conversation.max-turns=" + ConversationIT.MAX_TURNS})
class ConversationIT {

    static final int MAX_TURNS = 2;

    // A scripted conversation: each follow-up names nothing the article's search could find.
    static final String ABOUT_SUPPLY_CHAINS = "What did Lee Jae Myung say about supply chains?";
    static final String WHAT_DID_HE_WARN = "What did he warn about?";
    static final String OTHER_LEADER = "What did the other leader say about stability?";
    static final String ABOUT_THE_VISIT = "How long was Lee's visit to China?";
    static final String WHERE_DID_HE_GO = "Where did he stop?";

    /** What the stand-in model makes of each follow-up, as a real model would. */
    private static final Map<String, String> REWRITES = Map.of(
            WHAT_DID_HE_WARN, "What did Lee Jae Myung warn about global supply chains?",
            OTHER_LEADER, "What did Xi Jinping say about stability in Northeast Asia?",
            WHERE_DID_HE_GO, "Which cities did Lee Jae Myung's visit include stops in?");

    private static final Pattern LAST_QUESTION = Pattern.compile("(?m)^Last question: (.*)$");
    private static final Pattern QUESTION = Pattern.compile("(?m)^Question: (.*)$");
    private static final Pattern UUID_FORMAT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private static final Path KNOWLEDGE = ApiClient.knowledgeFolderWithSeedArticle();
    private static final OllamaStandIn ollama = OllamaStandIn.start();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("articlechat.ollama.base-url", ollama::baseUrl);
        registry.add("articlechat.knowledge.dir", KNOWLEDGE::toString);
    }

    @AfterAll
    static void cleanUp() throws IOException {
        ollama.close();
        FileSystemUtils.deleteRecursively(KNOWLEDGE);
    }

    @LocalServerPort
    int port;

    private ApiClient api;

    @BeforeEach
    void setUp() {
        ollama.reset();
        ollama.reply(ConversationIT::modelReply);
        api = new ApiClient(port);
    }

    @Test
    void should_answer_a_scripted_three_turn_conversation_from_the_right_paragraphs() {
        // when
        JsonNode first = ask(ABOUT_SUPPLY_CHAINS, null);
        String id = first.path("conversationId").asString();
        JsonNode second = ask(WHAT_DID_HE_WARN, id);
        JsonNode third = ask(OTHER_LEADER, id);

        // then: one conversation, every turn answered by the model from the right paragraph
        assertThat(id).matches(UUID_FORMAT);
        List<String> fields = new ArrayList<>();
        fields.addAll(first.propertyNames());
        assertThat(fields).containsExactly("answer", "answered", "mode", "model", "notice", "citations", "timings",
                "conversationId", "retrievalQuery");
        for (JsonNode answer : List.of(first, second, third)) {
            assertThat(answer.path("conversationId").asString()).isEqualTo(id);
            assertThat(answer.path("mode").asString()).isEqualTo("llm");
            assertThat(answer.path("notice").isNull()).isTrue();
        }
        assertThat(citedParagraphs(first)).containsExactly(4);
        assertThat(citedParagraphs(second)).containsExactly(4);
        assertThat(citedParagraphs(third)).containsExactly(5);

        // and: the first turn is searched as asked, the follow-ups as the model rewrote them
        assertThat(first.path("retrievalQuery").asString()).isEqualTo(ABOUT_SUPPLY_CHAINS);
        assertThat(second.path("retrievalQuery").asString()).isEqualTo(REWRITES.get(WHAT_DID_HE_WARN));
        assertThat(third.path("retrievalQuery").asString()).isEqualTo(REWRITES.get(OTHER_LEADER));

        // and: the rewrite requests were shown the conversation so far
        List<RecordedRequest> rewrites = rewriteRequests();
        assertThat(rewrites).hasSize(2);
        assertThat(rewrites.get(1).lastUserMessage())
                .contains("User: " + ABOUT_SUPPLY_CHAINS, "User: " + WHAT_DID_HE_WARN)
                .contains("Last question: " + OTHER_LEADER);

        // and: the third answer request holds both earlier turns as messages, answers without their markers
        List<RecordedRequest> answers = answerRequests();
        assertThat(answers).hasSize(3);
        assertThat(roles(answers.get(0))).containsExactly("system", "user");
        List<Map<String, Object>> messages = answers.get(2).messages();
        assertThat(roles(answers.get(2))).containsExactly("system", "user", "assistant", "user", "assistant", "user");
        assertThat(messages.get(1).get("content")).isEqualTo(ABOUT_SUPPLY_CHAINS);
        assertThat(messages.get(2).get("content")).isEqualTo(withoutMarkers(first));
        assertThat(messages.get(3).get("content")).isEqualTo(WHAT_DID_HE_WARN);
        assertThat(messages.get(4).get("content")).isEqualTo(withoutMarkers(second));
        assertThat((String) messages.get(2).get("content")).doesNotContain("[1]");
        assertThat(answers.get(2).lastUserMessage()).contains("Question: " + OTHER_LEADER).contains("(paragraph 5)");
    }

    @Test
    void should_show_the_model_no_more_than_max_turns_of_history() {
        // given: one turn more than the model may see
        String id = ask(ABOUT_SUPPLY_CHAINS, null).path("conversationId").asString();
        ask(WHAT_DID_HE_WARN, id);
        ask(OTHER_LEADER, id);

        // when
        ask(ABOUT_THE_VISIT, id);

        // then: the oldest turn is gone from what the model is sent
        RecordedRequest last = answerRequests().get(3);
        List<String> userTexts = contents(last, "user");
        assertThat(contents(last, "assistant")).hasSize(MAX_TURNS);
        assertThat(userTexts).hasSize(MAX_TURNS + 1).doesNotContain(ABOUT_SUPPLY_CHAINS);
        assertThat(userTexts.subList(0, MAX_TURNS)).containsExactly(WHAT_DID_HE_WARN, OTHER_LEADER);
    }

    @Test
    void should_keep_interleaved_conversations_apart() {
        // given: two conversations, asked in turn
        String a = ask(ABOUT_SUPPLY_CHAINS, null).path("conversationId").asString();
        String b = ask(ABOUT_THE_VISIT, null).path("conversationId").asString();

        // when
        JsonNode followUpA = ask(WHAT_DID_HE_WARN, a);
        JsonNode followUpB = ask(WHERE_DID_HE_GO, b);

        // then
        assertThat(a).isNotEqualTo(b);
        assertThat(followUpA.path("conversationId").asString()).isEqualTo(a);
        assertThat(followUpB.path("conversationId").asString()).isEqualTo(b);
        List<RecordedRequest> answers = answerRequests();
        assertThat(contents(answers.get(2), "user")).contains(ABOUT_SUPPLY_CHAINS).doesNotContain(ABOUT_THE_VISIT);
        assertThat(contents(answers.get(3), "user")).contains(ABOUT_THE_VISIT).doesNotContain(ABOUT_SUPPLY_CHAINS);
        List<RecordedRequest> rewrites = rewriteRequests();
        assertThat(rewrites.get(0).lastUserMessage()).contains(ABOUT_SUPPLY_CHAINS).doesNotContain(ABOUT_THE_VISIT);
        assertThat(rewrites.get(1).lastUserMessage()).contains(ABOUT_THE_VISIT).doesNotContain(ABOUT_SUPPLY_CHAINS);
        assertThat(citedParagraphs(followUpB)).containsExactly(6);
    }

    @Test
    void should_start_a_new_conversation_with_a_notice_for_an_unknown_id() {
        // given
        String unknown = UUID.randomUUID().toString();

        // when
        ApiClient.Response response = api.postJson("/api/ask", body(ABOUT_SUPPLY_CHAINS, unknown));

        // then
        assertThat(response.status()).isEqualTo(200);
        JsonNode answer = response.json();
        assertThat(answer.path("conversationId").asString()).matches(UUID_FORMAT).isNotEqualTo(unknown);
        assertThat(answer.path("notice").asString()).contains("new one was started");
        assertThat(citedParagraphs(answer)).containsExactly(4);
    }

    @Test
    void should_start_a_new_conversation_with_a_notice_for_a_malformed_id() {
        // when
        ApiClient.Response response = api.postJson("/api/ask", body(ABOUT_SUPPLY_CHAINS, "<script>1</script>"));

        // then
        assertThat(response.status()).isEqualTo(200);
        JsonNode answer = response.json();
        assertThat(answer.path("conversationId").asString()).matches(UUID_FORMAT);
        assertThat(answer.path("notice").asString()).contains("not valid").doesNotContain("<script>");
    }

    @Test
    void should_forget_a_deleted_conversation() {
        // given
        String id = ask(ABOUT_SUPPLY_CHAINS, null).path("conversationId").asString();

        // when
        int status = delete(id);
        JsonNode after = ask(WHAT_DID_HE_WARN, id);

        // then: the follow-up starts afresh, with no history shown to the model and no rewrite
        assertThat(status).isEqualTo(204);
        assertThat(after.path("conversationId").asString()).isNotEqualTo(id);
        assertThat(after.path("notice").asString()).contains("new one was started");
        assertThat(after.path("retrievalQuery").asString()).isEqualTo(WHAT_DID_HE_WARN);
        assertThat(roles(answerRequests().get(1))).containsExactly("system", "user");
        assertThat(rewriteRequests()).isEmpty();
    }

    @Test
    void should_answer_delete_of_an_unknown_or_malformed_id_with_204() {
        assertThat(delete(UUID.randomUUID().toString())).isEqualTo(204);
        assertThat(delete("not-a-uuid")).isEqualTo(204);
    }

    @Test
    void should_continue_a_conversation_over_the_streaming_endpoint() {
        // given
        JsonNode first = streamed(ABOUT_SUPPLY_CHAINS, null);
        String id = first.path("conversationId").asString();

        // when
        JsonNode second = streamed(WHAT_DID_HE_WARN, id);

        // then
        assertThat(id).matches(UUID_FORMAT);
        assertThat(second.path("conversationId").asString()).isEqualTo(id);
        assertThat(second.path("retrievalQuery").asString()).isEqualTo(REWRITES.get(WHAT_DID_HE_WARN));
        assertThat(citedParagraphs(second)).containsExactly(4);
        RecordedRequest streamedAnswer = answerRequests().get(1);
        assertThat(streamedAnswer.stream()).isTrue();
        assertThat(contents(streamedAnswer, "user")).startsWith(ABOUT_SUPPLY_CHAINS);
        assertThat(contents(streamedAnswer, "assistant")).containsExactly(withoutMarkers(first));
    }

    // ---- the stand-in model ---------------------------------------------------------------------

    /** Rewrites follow-ups as scripted; answers by citing passage [1], naming the question so turns differ. */
    static String modelReply(RecordedRequest request) {
        String prompt = request.lastUserMessage();
        Matcher rewrite = LAST_QUESTION.matcher(prompt);
        if (request.systemMessage() == null && rewrite.find()) {
            return REWRITES.getOrDefault(rewrite.group(1).strip(), rewrite.group(1).strip());
        }
        Matcher question = QUESTION.matcher(prompt);
        return "The article answers \"" + (question.find() ? question.group(1) : "?") + "\" here [1].";
    }

    private static List<RecordedRequest> answerRequests() {
        return ollama.chatRequests().stream().filter(r -> r.systemMessage() != null).toList();
    }

    private static List<RecordedRequest> rewriteRequests() {
        return ollama.chatRequests().stream().filter(r -> r.systemMessage() == null).toList();
    }

    // ---- helpers --------------------------------------------------------------------------------

    private JsonNode ask(String question, String conversationId) {
        ApiClient.Response response = api.postJson("/api/ask", body(question, conversationId));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    /** {@code DELETE /api/conversations/{id}}; returns the status. */
    private int delete(String id) {
        try {
            URI uri = URI.create("http://127.0.0.1:" + port + "/api/conversations/" + id);
            HttpRequest request = HttpRequest.newBuilder(uri).DELETE().build();
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode streamed(String question, String conversationId) {
        ApiClient.Response response = api.postJson("/api/ask/stream", body(question, conversationId));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return doneEvent(response.body());
    }

    /** The data of the {@code done} event of a Server-Sent Events body. */
    static JsonNode doneEvent(String sse) {
        return ServerSentEvents.first(sse, "done");
    }

    static String body(String question, String conversationId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("question", question);
        body.put("articleId", "korea-china-visit");
        if (conversationId != null) {
            body.put("conversationId", conversationId);
        }
        return ApiClient.toJson(body);
    }

    static List<Integer> citedParagraphs(JsonNode answer) {
        List<Integer> paragraphs = new ArrayList<>();
        answer.path("citations").forEach(c -> paragraphs.add(c.path("paragraph").asInt()));
        return paragraphs;
    }

    private static String withoutMarkers(JsonNode answer) {
        return answer.path("answer").asString().replaceAll(" ?\\[\\d+]", "").strip();
    }

    private static List<String> roles(RecordedRequest request) {
        return request.messages().stream().map(m -> (String) m.get("role")).toList();
    }

    private static List<String> contents(RecordedRequest request, String role) {
        return request.messages().stream().filter(m -> role.equals(m.get("role")))
                .map(m -> (String) m.get("content")).toList();
    }
}
