package com.articlechat.web;

import static com.articlechat.web.ConversationIT.ABOUT_SUPPLY_CHAINS;
import static com.articlechat.web.ConversationIT.OTHER_LEADER;
import static com.articlechat.web.ConversationIT.WHAT_DID_HE_WARN;
import static com.articlechat.web.ConversationIT.body;
import static com.articlechat.web.ConversationIT.citedParagraphs;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import com.articlechat.support.ApiClient;
import com.articlechat.support.OllamaStandIn;
import tools.jackson.databind.JsonNode;

/**
 * Multi-turn conversations with Ollama unreachable: follow-ups are made searchable by the heuristic
 * rewrite, so extractive answers still quote the paragraphs the conversation is about.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "articlechat.prompts.dir=prompts",
        "articlechat.knowledge.watch=false",
        "articlechat.ollama.model=llama3.2:3b",
        "articlechat.ollama.probe-ttl=0s"})
class ConversationWithoutOllamaIT {

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
    void should_answer_a_scripted_three_turn_conversation_from_the_right_paragraphs() {
        // when
        JsonNode first = ask(ABOUT_SUPPLY_CHAINS, null);
        String id = first.path("conversationId").asString();
        JsonNode second = ask(WHAT_DID_HE_WARN, id);
        JsonNode third = ask(OTHER_LEADER, id);

        // then: extractive answers quoting the right paragraphs, all in one conversation
        for (JsonNode answer : List.of(first, second, third)) {
            assertThat(answer.path("mode").asString()).isEqualTo("extractive");
            assertThat(answer.path("conversationId").asString()).isEqualTo(id);
        }
        assertThat(citedParagraphs(first)).first().isEqualTo(4);
        assertThat(citedParagraphs(second)).first().isEqualTo(4);
        // ("the other leader" also finds "a South Korean leader" in paragraph 1, quoted second)
        assertThat(citedParagraphs(third)).first().isEqualTo(5);

        // and: "he" was resolved to the previous turn's person and its topic carried; the third
        // question has a topic of its own ("stability") and is searched as asked
        assertThat(first.path("retrievalQuery").asString()).isEqualTo(ABOUT_SUPPLY_CHAINS);
        assertThat(second.path("retrievalQuery").asString())
                .isEqualTo("What did Lee Jae Myung warn about? (supply chains)");
        assertThat(third.path("retrievalQuery").asString()).isEqualTo(OTHER_LEADER);
    }

    @Test
    void should_resolve_follow_ups_from_their_own_conversation_only() {
        // given: two conversations about different people, asked in turn
        String lee = ask(ABOUT_SUPPLY_CHAINS, null).path("conversationId").asString();
        String xi = ask("What did Xi say about Northeast Asia?", null).path("conversationId").asString();

        // when
        JsonNode followUpLee = ask(WHAT_DID_HE_WARN, lee);
        JsonNode followUpXi = ask("What did he encourage?", xi);

        // then
        assertThat(followUpLee.path("retrievalQuery").asString()).contains("Lee Jae Myung").doesNotContain("Xi");
        assertThat(followUpXi.path("retrievalQuery").asString()).contains("Xi").doesNotContain("Lee");
        assertThat(citedParagraphs(followUpLee)).first().isEqualTo(4);
        assertThat(citedParagraphs(followUpXi)).first().isEqualTo(5);
    }

    @Test
    void should_answer_follow_ups_about_a_reaction_and_a_new_topic_from_their_own_paragraphs() {
        // given: two conversations opened with the same question
        String trade = "What did Lee tell business leaders about trade with China?";
        String one = ask(trade, null).path("conversationId").asString();
        String other = ask(trade, null).path("conversationId").asString();

        // when
        JsonNode response = ask("How did Xi respond?", one);
        JsonNode warning = ask("What did he warn about after that?", other);

        // then: a reaction is a question like any other (paragraph 5 says how Xi answered; the talks with
        // him in paragraph 2 come first), and "warn" is searched without the old topic
        assertThat(response.path("answered").asBoolean()).as(response.toString()).isTrue();
        assertThat(citedParagraphs(response)).contains(5);
        assertThat(warning.path("retrievalQuery").asString()).doesNotContain("business").doesNotContain("trade");
        assertThat(citedParagraphs(warning)).first().isEqualTo(4);
    }

    @Test
    void should_put_the_conversation_notice_before_the_extractive_one() {
        // when
        JsonNode answer = ask(ABOUT_SUPPLY_CHAINS, "00000000-0000-4000-8000-000000000000");

        // then: both reasons reach the reader, and the new id comes back
        assertThat(answer.path("conversationId").asString()).isNotEqualTo("00000000-0000-4000-8000-000000000000");
        assertThat(answer.path("notice").asString()).startsWith("That conversation").contains(DOWN_URL);
    }

    private JsonNode ask(String question, String conversationId) {
        ApiClient.Response response = new ApiClient(port).postJson("/api/ask", body(question, conversationId));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
