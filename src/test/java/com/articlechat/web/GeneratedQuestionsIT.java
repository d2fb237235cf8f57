package com.articlechat.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import com.articlechat.support.ApiClient;
import com.articlechat.support.OllamaStandIn;
import com.articlechat.support.RandomQuestions;
import tools.jackson.databind.JsonNode;

/**
 * No question can make the server fail: ten thousand generated questions (see {@link RandomQuestions})
 * over HTTP, scoped to the article and not, through retrieval and both answer paths (the model's,
 * through the Ollama stand-in, and the extractive one when the model fails), each answered 200 with
 * a well-formed answer whose citations quote the article exactly.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "articlechat.prompts.dir=prompts",
        "articlechat.knowledge.watch=false",
        "articlechat.ollama.probe-ttl=0s",
        "articlechat.conversation.max-conversations=100"})
class GeneratedQuestionsIT {

    private static final int QUESTIONS = 10_000;
    private static final Path KNOWLEDGE = ApiClient.knowledgeFolderWithSeedArticle();
    private static final OllamaStandIn OLLAMA = OllamaStandIn.start()
            .reply(request -> request.lastUserMessage().length() % 3 == 0 ? "It says so [1]." : "Nothing [7].");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("articlechat.ollama.base-url", OLLAMA::baseUrl);
        registry.add("articlechat.knowledge.dir", KNOWLEDGE::toString);
    }

    @AfterAll
    static void cleanUp() throws IOException {
        OLLAMA.stop();
        FileSystemUtils.deleteRecursively(KNOWLEDGE);
    }

    @LocalServerPort
    int port;

    @Test
    void should_answer_every_generated_question_with_a_well_formed_answer() throws Exception {
        // given
        String article = Files.readString(KNOWLEDGE.resolve("korea-china-visit.md"));
        List<String> questions = new RandomQuestions(20261204L, article, 1000).take(QUESTIONS);
        ApiClient api = new ApiClient(port);
        ExecutorService clients = Executors.newFixedThreadPool(4);

        // when: the first half with the model answering, the second with it gone (extractive answers)
        try {
            check(ask(api, clients, questions.subList(0, QUESTIONS / 2)), article, "llm");
            OLLAMA.stop();
            check(ask(api, clients, questions.subList(QUESTIONS / 2, QUESTIONS)), article, "extractive");
        } finally {
            clients.shutdownNow();
        }
    }

    private static List<Future<Asked>> ask(ApiClient api, ExecutorService clients, List<String> questions) {
        return questions.stream().map(q -> clients.submit(() -> {
            // Every other question is scoped to the article, as the page asks; the rest name none.
            String scope = q.length() % 2 == 0 ? "korea-china-visit" : null;
            return new Asked(q, api.ask(q, scope));
        })).toList();
    }

    private static void check(List<Future<Asked>> answers, String article, String mode) throws Exception {
        int modeSeen = 0;
        for (Future<Asked> future : answers) {
            Asked asked = future.get();
            // then: 200, an answer, and citations that quote the article as it is
            assertThat(asked.response().status()).as("%s -> %s", asked.question(), asked.response().body())
                    .isEqualTo(200);
            JsonNode answer = asked.response().json();
            assertThat(answer.path("answer").isString()).as(asked.question()).isTrue();
            assertThat(answer.path("answer").asString()).as(asked.question()).isNotBlank();
            assertThat(answer.path("mode").asString()).isIn("llm", "extractive");
            modeSeen += mode.equals(answer.path("mode").asString()) ? 1 : 0;
            for (JsonNode citation : answer.path("citations")) {
                String quote = citation.path("quote").asString();
                assertThat(article).as(asked.question()).contains(quote);
                assertThat(answer.path("answer").asString()).contains("[" + citation.path("n").asInt() + "]");
            }
        }
        assertThat(modeSeen).as("answers in %s mode", mode).isPositive();
    }

    private record Asked(String question, ApiClient.Response response) {
    }
}
