package com.articlechat.openai;

import static com.articlechat.openai.OpenAiClientIT.ABOUT_SUPPLY_CHAINS;
import static com.articlechat.openai.OpenAiClientIT.WHAT_DID_HE_WARN;
import static com.articlechat.openai.OpenAiClientIT.assertExactQuotes;
import static com.articlechat.openai.OpenAiClientIT.paragraphs;
import static com.articlechat.openai.OpenAiClientIT.user;
import static com.articlechat.support.ScriptedModel.KOREAN_WARNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import com.articlechat.support.OllamaStandIn;
import com.articlechat.support.ApiClient;
import tools.jackson.databind.JsonNode;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;

/**
 * The OpenAI-compatible endpoints with Ollama down and an API key configured: the same client calls
 * work and say that their answers are extractive, follow-ups still find their paragraph, a Korean
 * question is told it needs the model, and a request without the key is refused in OpenAI's shape.
 * The wire format itself is read with a plain HTTP client.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "articlechat.prompts.dir=prompts",
        "articlechat.knowledge.watch=false",
        "articlechat.ollama.model=llama3.2:3b",
        "articlechat.ollama.probe-ttl=0s",
        "articlechat.openai.api-key=" + OpenAiWithoutOllamaIT.KEY})
class OpenAiWithoutOllamaIT {

    static final String KEY = "sk-test-key";
    private static final String MODEL = "article-chat:korea-china-visit";

    private static final Path KNOWLEDGE = ApiClient.knowledgeFolderWithSeedArticle();
    private static final String DOWN_URL = OllamaStandIn.unreachableUrl();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("articlechat.ollama.base-url", () -> DOWN_URL);
        registry.add("articlechat.knowledge.dir", KNOWLEDGE::toString);
    }

    @AfterAll
    static void cleanUp() throws IOException {
        FileSystemUtils.deleteRecursively(KNOWLEDGE);
    }

    @LocalServerPort
    int port;

    @Test
    void should_list_the_models_with_the_key() {
        assertThat(new OpenAiClients(port, KEY).modelIds()).containsExactly("article-chat", MODEL);
    }

    @Test
    void should_answer_blocking_with_quotes_and_say_that_the_answer_is_extractive() {
        // when
        ChatResponse response = new OpenAiClients(port, KEY).chat("article-chat").build().chat(user(ABOUT_SUPPLY_CHAINS));

        // then
        JsonNode body = OpenAiClients.body(response);
        assertThat(body.path("mode").asString()).isEqualTo("extractive");
        assertThat(body.path("notice").asString()).contains("Ollama is not reachable");
        assertThat(paragraphs(body)).first().isEqualTo(4);
        assertExactQuotes(body);
        assertThat(response.aiMessage().text()).contains("Lee also warned").contains("\n\nSources:\n[1] ¶4 \"")
                .contains("\n\nNote: Ollama is not reachable");
        assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
    }

    @Test
    void should_stream_the_extractive_answer_in_chunks() {
        // when
        OpenAiClients.Streamed streamed = OpenAiClients.stream(new OpenAiClients(port, KEY).streaming(MODEL).build(),
                List.of(UserMessage.from(ABOUT_SUPPLY_CHAINS)));

        // then
        assertThat(streamed.pieces()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(String.join("", streamed.pieces())).isEqualTo(streamed.response().aiMessage().text())
                .contains("Lee also warned").contains("Note: Ollama is not reachable");
        assertThat(streamed.response().finishReason()).isEqualTo(FinishReason.STOP);
        JsonNode last = streamed.lastChunk();
        assertThat(last.path("mode").asString()).isEqualTo("extractive");
        assertThat(last.path("notice").asString()).contains("Ollama is not reachable");
        assertThat(paragraphs(last)).first().isEqualTo(4);
        assertExactQuotes(last);
    }

    @Test
    void should_find_the_paragraph_of_a_follow_up_sent_as_message_history() {
        // given
        ChatModel model = new OpenAiClients(port, KEY).chat(MODEL).build();
        String first = model.chat(user(ABOUT_SUPPLY_CHAINS)).aiMessage().text();

        // when: "he" names nothing; the conversation says who and what
        ChatResponse second = model.chat(ChatRequest.builder().messages(UserMessage.from(ABOUT_SUPPLY_CHAINS),
                AiMessage.from(first), UserMessage.from(WHAT_DID_HE_WARN)).build());

        // then
        JsonNode body = OpenAiClients.body(second);
        assertThat(body.path("mode").asString()).isEqualTo("extractive");
        assertThat(paragraphs(body)).first().isEqualTo(4);
        assertThat(body.path("citations").get(0).path("quote").asString()).startsWith("Lee also warned");
    }

    @Test
    void should_tell_a_korean_question_that_it_needs_the_model() {
        // when
        ChatResponse response = new OpenAiClients(port, KEY).chat(MODEL).build().chat(user(KOREAN_WARNING));

        // then: not "the article does not say", but why there is no answer and what to do
        JsonNode body = OpenAiClients.body(response);
        assertThat(body.path("answered").asBoolean()).isFalse();
        assertThat(body.path("citations").size()).isZero();
        assertThat(body.path("notice").asString()).contains("Questions in Korean").contains("ollama pull llama3.2:3b");
        assertThat(response.aiMessage().text()).startsWith("Questions in Korean need the language model")
                .doesNotContain("The article does not say");
    }

    @Test
    void should_refuse_a_wrong_or_missing_key_in_openai_error_shape() throws Exception {
        // when
        HttpResponse<String> missing = post(null, "{\"model\": \"article-chat\", \"messages\": []}");
        HttpResponse<String> wrong = post("Bearer sk-wrong", "{\"model\": \"article-chat\", \"messages\": []}");

        // then
        for (HttpResponse<String> response : List.of(missing, wrong)) {
            assertThat(response.statusCode()).isEqualTo(401);
            JsonNode error = OpenAiClients.parse(response.body()).path("error");
            assertThat(error.path("code").asString()).isEqualTo("invalid_api_key");
            assertThat(error.path("type").asString()).isEqualTo("invalid_request_error");
            assertThat(error.path("message").asString()).contains("articlechat.openai.api-key");
        }
        assertThatThrownBy(() -> new OpenAiClients(port, "sk-wrong").chat(MODEL).build().chat(user(ABOUT_SUPPLY_CHAINS)))
                .hasMessageContaining("invalid_api_key");
    }

    @Test
    void should_refuse_bad_requests_with_the_status_and_error_openai_clients_expect() throws Exception {
        assertError(post("Bearer " + KEY, "{\"model\": \"gpt-4o\", \"messages\": [{\"role\": \"user\", \"content\": \"Hi\"}]}"),
                404, "model_not_found");
        assertError(post("Bearer " + KEY, "{\"model\": \"article-chat\", \"messages\": [{\"role\": \"assistant\","
                + " \"content\": \"Hi\"}]}"), 400, null);
        assertError(post("Bearer " + KEY, "{\"model\": \"article-chat\", \"messages\": [{\"role\": \"user\","
                + " \"content\": \"" + "x".repeat(1001) + "\"}]}"), 400, null);
        assertError(post("Bearer " + KEY, "{\"model\": \"article-chat\", \"messages\": [{\"role\": \"user\","
                + " \"content\": \"Hi\"}], \"temperature\": 3}"), 400, null);
        assertError(post("Bearer " + KEY, "{\"model\": "), 400, null);
    }

    @Test
    void should_write_the_stream_as_openai_does_data_lines_ending_with_done() throws Exception {
        // when
        HttpResponse<String> response = post("Bearer " + KEY, "{\"model\": \"" + MODEL + "\", \"stream\": true,"
                + " \"messages\": [{\"role\": \"user\", \"content\": \"" + ABOUT_SUPPLY_CHAINS + "\"}],"
                + " \"stream_options\": {\"include_usage\": true}, \"top_p\": 0.9, \"n\": 1}");

        // then: only "data: " events, one JSON chunk each, then "data: [DONE]"
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));
        String[] events = response.body().split("\n\n");
        assertThat(events).allSatisfy(event -> assertThat(event).startsWith("data: ").doesNotContain("\n"));
        assertThat(events[events.length - 1]).isEqualTo("data: [DONE]");
        JsonNode first = OpenAiClients.parse(events[0].substring(6));
        assertThat(first.path("object").asString()).isEqualTo("chat.completion.chunk");
        assertThat(first.path("choices").get(0).path("delta").path("role").asString()).isEqualTo("assistant");
        JsonNode last = OpenAiClients.parse(events[events.length - 2].substring(6));
        assertThat(last.path("choices").get(0).path("finish_reason").asString()).isEqualTo("stop");
        assertThat(last.path("id").asString()).isEqualTo(first.path("id").asString()).startsWith("chatcmpl-");
        assertExactQuotes(last);
    }

    private static void assertError(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode error = OpenAiClients.parse(response.body()).path("error");
        assertThat(error.path("message").asString()).isNotBlank();
        assertThat(error.path("type").asString()).isEqualTo("invalid_request_error");
        if (code != null) {
            assertThat(error.path("code").asString()).isEqualTo(code);
        }
    }

    private HttpResponse<String> post(String authorization, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/chat/completions"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
