package com.articlechat.openai;

import static com.articlechat.support.ScriptedModel.CHINESE_STABILITY;
import static com.articlechat.support.ScriptedModel.KOREAN_WARNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import com.articlechat.knowledge.Article;
import com.articlechat.support.OllamaStandIn;
import com.articlechat.support.OllamaStandIn.RecordedRequest;
import com.articlechat.support.ScriptedModel;
import com.articlechat.support.SeedArticle;
import com.articlechat.support.ApiClient;
import tools.jackson.databind.JsonNode;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;

/**
 * The OpenAI-compatible endpoints driven by LangChain4j's OpenAI clients, unchanged, with the model
 * up (the Ollama stand-in): models are listed, answers come blocking and streamed with their
 * citations as data and as a source list, follow-ups are sent as message history, each article is
 * a model of its own, the client's settings reach Ollama, and questions in Korean and Chinese are
 * searched in English and answered in their own language.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "articlechat.prompts.dir=prompts",
        // Retrieval mode: passage [1] is then what retrieval ranked first for the (rendered) question.
        "articlechat.answer.full-article-tokens=0",
        "articlechat.knowledge.watch=false",
        "articlechat.ollama.model=llama3.2:3b",
        "articlechat.ollama.timeout=5s",
        "articlechat.ollama.probe-ttl=0s",
        "articlechat.conversation.max-turns=2"})
class OpenAiClientIT {

    static final String SEED = SeedArticle.ID;
    static final String PARK = "seoul-riverside-park";
    static final String ABOUT_SUPPLY_CHAINS = "What did Lee Jae Myung say about supply chains?";
    static final String WHAT_DID_HE_WARN = "What did he warn about?";

    static final Map<String, String> REWRITES = Map.of(
            WHAT_DID_HE_WARN, "What did Lee Jae Myung warn about global supply chains?");

    private static final Path KNOWLEDGE = knowledgeWithTwoArticles();
    private static final OllamaStandIn ollama = OllamaStandIn.start();
    private static final Article SEED_ARTICLE = SeedArticle.parsed();

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

    private OpenAiClients clients;

    @BeforeEach
    void setUp() {
        ollama.reset();
        ollama.reply(new ScriptedModel(REWRITES, ScriptedModel.RENDERINGS));
        clients = new OpenAiClients(port, "any-key-while-none-is-configured");
    }

    @Test
    void should_list_one_model_for_all_articles_and_one_per_article() {
        assertThat(clients.modelIds()).containsExactly("article-chat", "article-chat:" + SEED, "article-chat:" + PARK);
    }

    @Test
    void should_answer_blocking_with_markers_a_source_list_and_exact_citations() {
        // when
        ChatResponse response = clients.chat("article-chat").build().chat(user(ABOUT_SUPPLY_CHAINS));

        // then: the model's answer with its marker, then the source list, as any client shows it
        String text = response.aiMessage().text();
        assertThat(text).startsWith("The first passage answers this [1].").contains("\n\nSources:\n[1] ¶4 \"");
        assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
        assertThat(response.modelName()).isEqualTo("article-chat");

        // and: the citations as data, exact quotes of the article
        JsonNode body = OpenAiClients.body(response);
        assertThat(body.path("mode").asString()).isEqualTo("llm");
        assertThat(body.path("notice").isNull()).isTrue();
        assertThat(body.path("answered").asBoolean()).isTrue();
        assertThat(paragraphs(body)).containsExactly(4);
        assertExactQuotes(body);
    }

    @Test
    void should_stream_checked_text_in_chunks_ending_with_the_citations() {
        // when
        OpenAiClients.Streamed streamed = OpenAiClients.stream(clients.streaming("article-chat").build(),
                List.of(UserMessage.from(ABOUT_SUPPLY_CHAINS)));

        // then: many chunks, which join to exactly the answer the client assembled
        ChatResponse response = streamed.response();
        assertThat(streamed.pieces()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(String.join("", streamed.pieces())).isEqualTo(response.aiMessage().text());
        assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
        assertThat(response.aiMessage().text()).startsWith("The first passage answers this [1].")
                .contains("Sources:\n[1] ¶4");
        // the model's words arrived as the model wrote them, not all at once at the end
        assertThat(streamed.pieces().stream().takeWhile(piece -> !piece.contains("Sources")).count())
                .isGreaterThan(5);

        // and: the last chunk carries the citations, as the blocking answer does
        JsonNode last = streamed.lastChunk();
        assertThat(last.path("choices").get(0).path("finish_reason").asString()).isEqualTo("stop");
        assertThat(last.path("mode").asString()).isEqualTo("llm");
        assertThat(paragraphs(last)).containsExactly(4);
        assertExactQuotes(last);
        assertThat(ollama.chatRequests()).last().satisfies(request -> assertThat(request.stream()).isTrue());
    }

    @Test
    void should_answer_a_follow_up_sent_as_message_history_from_the_paragraph_it_is_about() {
        // given: a first turn, its answer kept by the client as it was shown
        ChatModel model = clients.chat("article-chat:" + SEED).build();
        String firstAnswer = model.chat(user(ABOUT_SUPPLY_CHAINS)).aiMessage().text();
        ollama.reset();
        ollama.reply(new ScriptedModel(REWRITES, ScriptedModel.RENDERINGS));

        // when
        ChatResponse second = model.chat(ChatRequest.builder().messages(
                UserMessage.from(ABOUT_SUPPLY_CHAINS), AiMessage.from(firstAnswer), UserMessage.from(WHAT_DID_HE_WARN))
                .build());

        // then: the follow-up was rewritten from the conversation and cites the warning's paragraph
        JsonNode body = OpenAiClients.body(second);
        assertThat(paragraphs(body)).containsExactly(4);
        assertExactQuotes(body);
        RecordedRequest rewrite = ollama.chatRequests().get(0);
        assertThat(rewrite.lastUserMessage()).contains("User: " + ABOUT_SUPPLY_CHAINS)
                .contains("Last question: " + WHAT_DID_HE_WARN)
                // the source list was taken off the earlier answer, its markers too
                .doesNotContain("Sources:").doesNotContain("[1]");

        // and: the model was shown the earlier turn as messages, then this turn's passages
        RecordedRequest answer = answerRequests().get(0);
        assertThat(roles(answer)).containsExactly("system", "user", "assistant", "user");
        assertThat(answer.messages().get(2).get("content")).isEqualTo(
                "The first passage answers this. The question was \"" + ABOUT_SUPPLY_CHAINS + "\" and the article says so.");
    }

    @Test
    void should_show_the_model_no_more_earlier_turns_than_a_remembered_conversation_keeps() {
        // given: three earlier turns, one more than max-turns
        List<ChatMessage> messages = new ArrayList<>();
        for (String question : List.of("Who visited China?", "Whom did he meet?", "Where did he stop?")) {
            messages.add(UserMessage.from(question));
            messages.add(AiMessage.from("An answer about \"" + question + "\" [1]."));
        }
        messages.add(UserMessage.from(ABOUT_SUPPLY_CHAINS));

        // when
        clients.chat("article-chat:" + SEED).build()
                .chat(ChatRequest.builder().messages(messages).build());

        // then: the oldest turn is left out
        RecordedRequest answer = answerRequests().get(0);
        assertThat(roles(answer)).containsExactly("system", "user", "assistant", "user", "assistant", "user");
        assertThat(answer.messages().get(1).get("content")).isEqualTo("Whom did he meet?");
    }

    @Test
    void should_answer_from_one_article_when_its_model_is_chosen() {
        // given
        String question = "How much did the riverside park cost?";

        // when
        JsonNode everywhere = OpenAiClients.body(clients.chat("article-chat").build().chat(user(question)));
        String everywherePrompt = answerRequests().get(0).lastUserMessage();
        ollama.reset();
        ollama.reply(new ScriptedModel(REWRITES, ScriptedModel.RENDERINGS));
        JsonNode scoped = OpenAiClients.body(clients.chat("article-chat:" + SEED).build()
                .chat(user(question)));

        // then: across articles the park article answers; scoped to the visit, nothing of the park is
        // shown to the model or cited (the visit does not say, so the model may not even be asked)
        assertThat(everywhere.path("citations").get(0).path("articleId").asString()).isEqualTo(PARK);
        assertThat(everywherePrompt).contains("12 billion won");
        assertThat(ollama.chatRequests()).allSatisfy(request -> assertThat(request.body()).doesNotContain("park"));
        scoped.path("citations").forEach(c -> assertThat(c.path("articleId").asString()).isEqualTo(SEED));
        assertThat(scoped.path("choices").get(0).path("message").path("content").asString()).doesNotContain("park");
    }

    @Test
    void should_pass_temperature_token_limit_and_stop_sequences_to_ollama() {
        // when
        clients.chat("article-chat").temperature(0.7).maxTokens(50).stop(List.of("END")).build()
                .chat(user(ABOUT_SUPPLY_CHAINS));

        // then: the answer request carries them, beside the configured context window
        Map<String, Object> options = answerRequests().get(0).options();
        assertThat(options).containsEntry("temperature", 0.7).containsEntry("num_predict", 50)
                .containsEntry("stop", List.of("END")).containsEntry("num_ctx", 4096);
    }

    @Test
    void should_refuse_an_unknown_model_in_openai_error_shape() {
        assertThatThrownBy(() -> clients.chat("article-chat:no-such-article").build()
                .chat(user(ABOUT_SUPPLY_CHAINS)))
                .hasMessageContaining("model_not_found").hasMessageContaining("no-such-article");
    }

    @Test
    void should_stream_quotes_instead_of_a_model_answer_that_cites_nothing() {
        // given
        ollama.reply("Lee worried about many things, none of which I will cite.");

        // when
        OpenAiClients.Streamed streamed = OpenAiClients.stream(clients.streaming("article-chat:" + SEED).build(),
                List.of(UserMessage.from(ABOUT_SUPPLY_CHAINS)));

        // then: the uncited text was never sent; the quotes and the reason were
        String text = String.join("", streamed.pieces());
        assertThat(text).doesNotContain("none of which").isEqualTo(streamed.response().aiMessage().text())
                .contains("Lee also warned").contains("Note: The model's answer cited none of the passages");
        JsonNode last = streamed.lastChunk();
        assertThat(last.path("mode").asString()).isEqualTo("extractive");
        assertThat(paragraphs(last)).first().isEqualTo(4);
        assertExactQuotes(last);
    }

    @Test
    void should_follow_what_was_streamed_with_the_quotes_when_the_model_fails_midway() {
        // given: the model dies after its first cited sentence
        ollama.failStreamAfter(8);

        // when
        OpenAiClients.Streamed streamed = OpenAiClients.stream(clients.streaming("article-chat:" + SEED).build(),
                List.of(UserMessage.from(ABOUT_SUPPLY_CHAINS)));

        // then: what was shown stays; the extractive answer follows after a blank line, with the reason
        String text = String.join("", streamed.pieces());
        assertThat(text).startsWith("The first passage answers this [1].")
                .contains("\n\n“Lee also warned").contains("Note: The model stopped in the middle of its answer");
        assertThat(streamed.lastChunk().path("mode").asString()).isEqualTo("extractive");
        assertExactQuotes(streamed.lastChunk());
    }

    @Test
    void should_search_a_korean_question_in_english_and_answer_it_in_korean() {
        // when
        ChatResponse response = clients.chat("article-chat:" + SEED).build().chat(user(KOREAN_WARNING));

        // then: the answer is Korean, and cites the paragraph the English question finds
        JsonNode body = OpenAiClients.body(response);
        assertThat(response.aiMessage().text()).startsWith("기사의 첫 번째 구절이 이 질문에 답합니다 [1].");
        assertThat(paragraphs(body)).containsExactly(4);
        assertThat(body.path("citations").get(0).path("quote").asString()).startsWith("Lee also warned");
        assertExactQuotes(body);

        // and: the model rendered the question in English first, then answered the Korean question in Korean
        List<RecordedRequest> requests = ollama.chatRequests();
        assertThat(requests).hasSize(2);
        assertThat(ScriptedModel.isTranslation(requests.get(0))).isTrue();
        assertThat(requests.get(0).lastUserMessage()).contains("Question in Korean: " + KOREAN_WARNING);
        assertThat(requests.get(1).lastUserMessage()).contains("Question: " + KOREAN_WARNING)
                .contains("written in Korean.").contains("(paragraph 4)");
    }

    @Test
    void should_search_a_chinese_question_in_english_and_stream_the_answer_in_chinese() {
        // when
        OpenAiClients.Streamed streamed = OpenAiClients.stream(clients.streaming("article-chat:" + SEED).build(),
                List.of(UserMessage.from(CHINESE_STABILITY)));

        // then
        assertThat(String.join("", streamed.pieces())).startsWith("文章的第一段回答了这个问题 [1]。");
        JsonNode last = streamed.lastChunk();
        assertThat(paragraphs(last)).containsExactly(5);
        assertThat(last.path("citations").get(0).path("quote").asString()).startsWith("Xi, meanwhile, stressed");
        assertExactQuotes(last);
        assertThat(answerRequests().get(0).lastUserMessage()).contains("written in Chinese.");
    }

    // ---- helpers ------------------------------------------------------------------------------

    static ChatRequest user(String question) {
        return ChatRequest.builder().messages(UserMessage.from(question)).build();
    }

    static List<Integer> paragraphs(JsonNode answer) {
        List<Integer> paragraphs = new ArrayList<>();
        answer.path("citations").forEach(c -> paragraphs.add(c.path("paragraph").asInt()));
        return paragraphs;
    }

    /** Every citation of the seed article quotes its text exactly at the offsets it names, in the version served. */
    static void assertExactQuotes(JsonNode answer) {
        assertThat(answer.path("citations").size()).isGreaterThan(0);
        for (JsonNode citation : answer.path("citations")) {
            if (!citation.path("articleId").asString().equals(SEED)) {
                continue;
            }
            assertThat(citation.path("articleVersion").asString()).isEqualTo(SEED_ARTICLE.version());
            assertThat(citation.path("quote").asString()).isNotBlank().isEqualTo(SEED_ARTICLE.text()
                    .substring(citation.path("start").asInt(), citation.path("end").asInt()));
        }
    }

    private static List<RecordedRequest> answerRequests() {
        return ollama.chatRequests().stream().filter(ScriptedModel::isAnswer).toList();
    }

    private static List<String> roles(RecordedRequest request) {
        return request.messages().stream().map(m -> (String) m.get("role")).toList();
    }

    /** The seed article and a short one on another subject, so that choosing an article's model matters. */
    static Path knowledgeWithTwoArticles() {
        Path dir = ApiClient.knowledgeFolderWithSeedArticle();
        try {
            Files.writeString(dir.resolve(PARK + ".md"), """
                    ---
                    title: "Seoul opens a riverside park"
                    ---
                    Seoul opened a riverside park on Saturday along the Han River.

                    The park stretches four kilometres and cost 12 billion won to build.
                    """);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return dir;
    }
}
