package com.articlechat.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.articlechat.eval.EvalQuestion;
import com.articlechat.eval.EvalQuestions;
import com.articlechat.support.ApiClient;
import com.articlechat.support.OllamaStandIn;

import tools.jackson.databind.JsonNode;

/**
 * The development questions about the seed article, asked over HTTP with Ollama unreachable: the
 * fitted ranking must cite first the paragraph that answers each in-scope question, the quoted
 * sentences must carry the answer, and the answerability model must turn away the out-of-scope ones.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "articlechat.knowledge.dir=src/test/resources/articles",
        "articlechat.prompts.dir=prompts",
        "articlechat.ollama.probe-ttl=0s"})
class DevSetRetrievalIT {

    private static final Path DEV_QUESTIONS = Path.of("src/test/resources/eval/dev-questions.jsonl");
    private static final String DOWN_URL = OllamaStandIn.unreachableUrl();

    @DynamicPropertySource
    static void ollamaUrl(DynamicPropertyRegistry registry) {
        registry.add("articlechat.ollama.base-url", () -> DOWN_URL);
    }

    @LocalServerPort
    int port;

    static Stream<EvalQuestion> inScopeQuestions() throws IOException {
        return EvalQuestions.read(DEV_QUESTIONS).stream().filter(q -> !q.outOfScope());
    }

    static Stream<EvalQuestion> outOfScopeQuestions() throws IOException {
        return EvalQuestions.read(DEV_QUESTIONS).stream().filter(EvalQuestion::outOfScope);
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("inScopeQuestions")
    void should_cite_the_gold_paragraph_and_quote_the_answer_without_ollama(EvalQuestion question) {
        // when
        ApiClient.Response response = new ApiClient(port).ask(question.q());

        // then
        assertThat(response.status()).isEqualTo(200);
        JsonNode answer = response.json();
        assertThat(answer.path("mode").asString()).isEqualTo("extractive");
        List<Integer> cited = new ArrayList<>();
        answer.path("citations").forEach(c -> cited.add(c.path("paragraph").asInt()));
        assertThat(cited).as("paragraphs cited for %s; answer: %s", question.id(), answer.path("answer").asString())
                .isNotEmpty();
        assertThat(question.gold()).as("first cited for %s; answer: %s", question.id(), answer.path("answer").asString())
                .contains(cited.get(0));
        String text = answer.path("answer").asString();
        assertThat(question.expectAny())
                .as("one of the expected strings in the answer: %s", text)
                .anyMatch(expected -> containsWords(text, expected));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outOfScopeQuestions")
    void should_say_the_article_does_not_answer_an_out_of_scope_question_without_ollama(EvalQuestion question) {
        // when
        JsonNode answer = new ApiClient(port).ask(question.q()).json();

        // then: the answerability model, not the LLM, decided; nothing is cited
        assertThat(answer.path("mode").asString()).isEqualTo("extractive");
        assertThat(answer.path("answered").asBoolean()).as("answered: %s", answer.path("answer").asString()).isFalse();
        assertThat(answer.path("citations")).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            What difficulties has the Seoul-Beijing relationship gone through lately? | 2
            """)
    void should_match_the_question_word_by_word_within_one_article(String question, int paragraph) {
        // when: paragraph 2 says the relationship "has faced political strain", paragraph 4 that both
        // nations "have benefited from tightly linked industrial networks"; BM25 and the sentence
        // embedding each ranked first a paragraph that shares the subject ("Seoul and Beijing",
        // "growth engines for both economies")
        JsonNode answer = new ApiClient(port).ask(question).json();

        // then
        assertFirstCited(answer, paragraph);
    }

    @Test
    void should_quote_the_sentence_with_a_figure_when_asked_how_much() {
        // when: paragraph 1 shares "bilateral" and "countries" with the question and ranks first by
        // both searches; only paragraph 3 has a figure
        JsonNode answer = new ApiClient(port).ask("How much is bilateral trade between the two countries worth?").json();

        // then
        assertFirstCited(answer, 3);
        assertThat(answer.path("answer").asString()).contains("$300 billion");
    }

    @Test
    void should_quote_the_sentence_after_the_one_that_matched_when_it_holds_the_answer() {
        // when: "talks with Xi" matches paragraph 2's first sentence, the description is in its second
        JsonNode answer = new ApiClient(port).ask("How did Lee describe the visit during his talks with Xi?").json();

        // then
        assertFirstCited(answer, 2);
        assertThat(answer.path("citations").path(0).path("quote").asString()).contains("crucial opportunity");
    }

    @Test
    void should_put_first_the_sentence_the_embedding_model_is_far_surest_of() {
        // when: only paragraph 2 has "Chinese" ("Chinese President Xi Jinping"), so BM25 ranks it first;
        // in meaning "Lee's visit includes stops in Beijing and Shanghai" leads every other sentence
        JsonNode answer = new ApiClient(port).ask("Besides Beijing, which Chinese city is on Lee's itinerary?").json();

        // then
        assertFirstCited(answer, 6);
        assertThat(answer.path("answer").asString()).contains("Shanghai");
    }

    /** Case-insensitive and on word boundaries, so that "AI" is not found inside "said". */
    private static boolean containsWords(String text, String expected) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(expected) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find();
    }


    /** The answer's first citation is of {@code paragraph}; the answer is shown when it is not. */
    private static void assertFirstCited(JsonNode answer, int paragraph) {
        assertThat(answer.path("citations").path(0).path("paragraph").asInt())
                .as("answer: %s", answer.path("answer").asString()).isEqualTo(paragraph);
    }
}
