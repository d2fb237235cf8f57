package com.articlechat.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
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
import tools.jackson.databind.JsonNode;

/**
 * Full-article mode over HTTP: an article that fits the token budget reaches the model whole, one
 * numbered sentence per line in reading order, and a citation quotes exactly the sentence cited; a
 * scope over the budget (here: both articles together) gets retrieved paragraphs instead.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "articlechat.prompts.dir=prompts",
        "articlechat.knowledge.watch=false",
        "articlechat.ollama.timeout=5s",
        "articlechat.ollama.probe-ttl=0s",
        // The seed article is estimated at about 700 tokens and the harbour report at about 900:
        // each fits alone, both together do not.
        "articlechat.answer.full-article-tokens=" + FullArticleIT.BUDGET})
class FullArticleIT {

    static final int BUDGET = 1200;
    static final String SEED = "korea-china-visit";
    static final String OTHER = "harbour-report";

    // One numbered passage per line: "[3] (paragraph 2) text".
    private static final Pattern PASSAGE = Pattern.compile("(?m)^\\[(\\d+)] \\(paragraph (\\d+)\\) (.+)$");

    private static final Path KNOWLEDGE = knowledge();
    private static final OllamaStandIn ollama = OllamaStandIn.start();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("articlechat.ollama.base-url", ollama::baseUrl);
        registry.add("articlechat.knowledge.dir", KNOWLEDGE::toString);
    }

    @AfterAll
    static void cleanUp() {
        ollama.close();
        FileSystemUtils.deleteRecursively(KNOWLEDGE.toFile());
    }

    @LocalServerPort
    int port;

    private ApiClient api;

    @BeforeEach
    void setUp() {
        ollama.reset();
        api = new ApiClient(port);
    }

    @Test
    void should_give_the_model_every_sentence_of_an_article_that_fits_in_reading_order() {
        // given: a model that cites the sentence saying how long the visit was
        JsonNode article = api.get("/api/articles/" + SEED).json();
        AtomicReference<List<Sent>> sent = new AtomicReference<>();
        ollama.reply(request -> {
            sent.set(passages(request.lastUserMessage()));
            int visit = sent.get().stream().filter(s -> s.text().contains("four")).findFirst().orElseThrow().n();
            return "The visit lasted four days [" + visit + "].";
        });

        // when
        JsonNode answer = api.ask("How long was Lee's visit to China?", SEED).json();

        // then: every sentence of the article was sent, numbered 1..n in reading order, each with its paragraph
        List<Sent> passages = sent.get();
        String text = article.path("text").asString();
        List<JsonNode> paragraphs = new ArrayList<>();
        article.path("paragraphs").forEach(paragraphs::add);
        assertThat(passages).extracting(Sent::n).containsExactlyElementsOf(range(1, passages.size()));
        assertThat(String.join(" ", passages.stream().map(Sent::text).toList()))
                .isEqualToIgnoringWhitespace(String.join(" ", paragraphs.stream().map(p -> p.path("text").asString())
                        .toList()));
        int position = 0;
        for (Sent passage : passages) {
            int at = text.indexOf(passage.text(), position);
            assertThat(at).as("sentence [%d] in reading order", passage.n()).isGreaterThanOrEqualTo(position);
            JsonNode paragraph = paragraphs.get(passage.paragraph() - 1);
            assertThat(at).isBetween(paragraph.path("start").asInt(), paragraph.path("end").asInt());
            position = at + passage.text().length();
        }

        // and: the citation quotes exactly the one sentence cited, not its paragraph
        assertThat(answer.path("mode").asString()).isEqualTo("llm");
        assertThat(answer.path("answer").asString()).isEqualTo("The visit lasted four days [1].");
        JsonNode citation = answer.path("citations").get(0);
        assertThat(answer.path("citations")).hasSize(1);
        assertThat(citation.path("quote").asString()).contains("four").isEqualTo(text.substring(
                citation.path("start").asInt(), citation.path("end").asInt()));
        assertThat(passages.stream().map(Sent::text)).contains(citation.path("quote").asString());
        assertThat(citation.path("paragraph").asInt()).isEqualTo(1);
    }

    @Test
    void should_stream_the_whole_article_as_the_numbered_passages() {
        // given
        AtomicReference<String> user = new AtomicReference<>();
        ollama.reply(request -> {
            user.set(request.lastUserMessage());
            return "It lasted four days [2].";
        });

        // when
        ApiClient.Response response = api.postJson("/api/ask/stream",
                "{\"question\": \"How long was the visit?\", \"articleId\": \"" + SEED + "\"}");

        // then: the passages event lists every sentence the model read, so the page can resolve any [n]
        JsonNode passages = ServerSentEvents.first(response.body(), "passages");
        List<Sent> read = passages(user.get());
        assertThat(read).hasSizeGreaterThan(7);
        assertThat(passages).hasSize(read.size());
        for (int i = 0; i < read.size(); i++) {
            assertThat(passages.get(i).path("n").asInt()).isEqualTo(read.get(i).n());
            assertThat(passages.get(i).path("quote").asString()).isEqualTo(read.get(i).text());
        }
    }

    @Test
    void should_send_retrieved_paragraphs_when_the_scope_is_over_the_budget() {
        // given: the question is asked across both articles, which together exceed the budget
        AtomicReference<String> user = new AtomicReference<>();
        ollama.reply(request -> {
            user.set(request.lastUserMessage());
            return "It lasted four days [1].";
        });

        // when
        JsonNode answer = api.ask("How long was Lee's visit to China?").json();

        // then: at most max-passages retrieved paragraphs, each whole, went to the model
        List<Sent> passages = passages(user.get());
        assertThat(passages).isNotEmpty().hasSizeLessThanOrEqualTo(4);
        JsonNode article = api.get("/api/articles/" + SEED).json();
        Map<Integer, String> paragraphText = new LinkedHashMap<>();
        article.path("paragraphs").forEach(p -> paragraphText.put(p.path("n").asInt(), p.path("text").asString()));
        Sent first = passages.get(0);
        assertThat(first.text()).isEqualTo(paragraphText.get(first.paragraph()).strip());
        assertThat(answer.path("citations").get(0).path("articleId").asString()).isEqualTo(SEED);
    }

    @Test
    void should_give_the_other_article_whole_when_it_alone_is_in_scope() {
        // given
        AtomicReference<String> user = new AtomicReference<>();
        ollama.reply(request -> {
            user.set(request.lastUserMessage());
            return "The harbour reopened on Tuesday [1].";
        });

        // when
        api.ask("When did the harbour reopen?", OTHER);

        // then: only that article, whole, under its own title
        assertThat(user.get()).contains("Article: Harbour report").doesNotContain("Article: South Korea");
        assertThat(passages(user.get())).hasSizeGreaterThan(4);
    }

    // ---- helpers --------------------------------------------------------------------------------

    private record Sent(int n, int paragraph, String text) {
    }

    private static List<Sent> passages(String userMessage) {
        List<Sent> sent = new ArrayList<>();
        Matcher m = PASSAGE.matcher(userMessage);
        while (m.find()) {
            sent.add(new Sent(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3).strip()));
        }
        return sent;
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> numbers = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            numbers.add(i);
        }
        return numbers;
    }

    private static Path knowledge() {
        try {
            Path dir = Files.createTempDirectory("full-article-knowledge");
            Files.copy(Path.of("src/test/resources/articles/korea-china-visit.md"), dir.resolve(SEED + ".md"));
            StringBuilder report = new StringBuilder("---\ntitle: Harbour report\n---\n\n");
            String[] topics = {"dredging", "the ferry timetable", "fish landings", "the lighthouse", "berth fees",
                    "storm damage", "the marina", "cargo volumes"};
            report.append("The harbour reopened on Tuesday after three weeks of repairs to the north quay.\n\n");
            for (String topic : topics) {
                report.append("The harbour board discussed ").append(topic)
                        .append(" at length on Thursday evening, and members asked for a written report. ")
                        .append("A decision on ").append(topic)
                        .append(" is expected before the end of the month, the chair told reporters. ")
                        .append("Residents who spoke at the meeting said ").append(topic)
                        .append(" had been neglected for years and deserved a proper budget.\n\n");
            }
            Files.writeString(dir.resolve(OTHER + ".md"), report);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
