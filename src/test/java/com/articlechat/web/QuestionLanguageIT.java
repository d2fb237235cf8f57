package com.articlechat.web;

import static com.articlechat.support.ScriptedModel.CHINESE_STABILITY;
import static com.articlechat.support.ScriptedModel.ENGLISH_STABILITY;
import static com.articlechat.support.ScriptedModel.ENGLISH_WARNING;
import static com.articlechat.support.ScriptedModel.KOREAN_WARNING;
import static com.articlechat.web.ConversationIT.body;
import static com.articlechat.web.ConversationIT.citedParagraphs;
import static com.articlechat.web.ConversationIT.doneEvent;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import com.articlechat.support.ApiClient;
import com.articlechat.support.OllamaStandIn;
import com.articlechat.support.OllamaStandIn.RecordedRequest;
import com.articlechat.support.ScriptedModel;
import tools.jackson.databind.JsonNode;

/**
 * Questions in Korean and Chinese about the English seed article on {@code /api/ask} and
 * {@code /api/ask/stream}: with the model, searched in an English rendering and answered in the
 * question's language with the citations the English question gets; without it, a notice that
 * such questions need the model rather than "the article does not say".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "articlechat.prompts.dir=prompts",
        "articlechat.answer.full-article-tokens=0",
        "articlechat.knowledge.watch=false",
        "articlechat.ollama.model=llama3.2:3b",
        "articlechat.ollama.timeout=5s",
        "articlechat.ollama.probe-ttl=0s"})
class QuestionLanguageIT {

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
        ollama.reply(new ScriptedModel(Map.of(), ScriptedModel.RENDERINGS));
        api = new ApiClient(port);
    }

    @Test
    void should_search_a_korean_question_in_english_and_answer_in_korean_with_the_english_questions_citations() {
        // given: what the English question cites
        JsonNode english = ask(ENGLISH_WARNING);

        // when
        JsonNode korean = ask(KOREAN_WARNING);

        // then
        assertThat(korean.path("mode").asString()).isEqualTo("llm");
        assertThat(korean.path("retrievalQuery").asString()).isEqualTo(ENGLISH_WARNING);
        assertThat(korean.path("answer").asString()).startsWith("기사의 첫 번째 구절이 이 질문에 답합니다 [1].");
        assertThat(citedParagraphs(korean)).containsExactly(4).isEqualTo(citedParagraphs(english));
        assertThat(korean.path("citations").get(0).path("quote").asString()).startsWith("Lee also warned");

        // and: the model answered the question as asked, told to write in its language
        RecordedRequest answer = ollama.chatRequests().stream().filter(ScriptedModel::isAnswer).toList().get(1);
        assertThat(answer.lastUserMessage()).contains("Question: " + KOREAN_WARNING).contains("written in Korean.");
    }

    @Test
    void should_stream_a_chinese_question_searched_in_english() {
        // when
        ApiClient.Response response = api.postJson("/api/ask/stream", body(CHINESE_STABILITY, null));

        // then
        assertThat(response.status()).isEqualTo(200);
        JsonNode done = doneEvent(response.body());
        assertThat(done.path("retrievalQuery").asString()).isEqualTo(ENGLISH_STABILITY);
        assertThat(done.path("answer").asString()).startsWith("文章的第一段回答了这个问题 [1]。");
        assertThat(citedParagraphs(done)).containsExactly(5);
    }

    @Test
    void should_say_that_a_korean_question_needs_the_model_when_it_is_missing() {
        // given: Ollama runs but does not have the model
        ollama.models();

        // when
        JsonNode answer = ask(KOREAN_WARNING);
        JsonNode streamed = doneEvent(api.postJson("/api/ask/stream", body(CHINESE_STABILITY, null)).body());

        // then: neither "the article does not say" nor a search of words it cannot read
        assertThat(answer.path("answered").asBoolean()).isFalse();
        assertThat(answer.path("mode").asString()).isEqualTo("extractive");
        assertThat(answer.path("answer").asString()).startsWith("Questions in Korean need the language model")
                .doesNotContain("The article does not say");
        assertThat(answer.path("notice").asString()).contains("ollama pull llama3.2:3b");
        assertThat(answer.path("citations").size()).isZero();
        assertThat(streamed.path("answer").asString()).startsWith("Questions in Chinese need the language model");
        assertThat(ollama.chatRequests()).isEmpty();
    }

    private JsonNode ask(String question) {
        ApiClient.Response response = api.postJson("/api/ask", body(question, null));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
