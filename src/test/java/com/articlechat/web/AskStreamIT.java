package com.articlechat.web;

import static com.articlechat.web.AskApiIT.assertProblem;
import static com.articlechat.web.AskApiIT.assertQuoteIsVerbatim;
import static com.articlechat.web.AskApiIT.list;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.NestedTestConfiguration;
import org.springframework.test.context.NestedTestConfiguration.EnclosingConfiguration;

import com.articlechat.support.ApiClient;
import com.articlechat.support.ServerSentEvents;
import com.articlechat.support.ServerSentEvents.Event;
import com.articlechat.support.OllamaStandIn;
import com.articlechat.support.OllamaStandIn.StreamOutcome;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/ask/stream} over real HTTP, read event by event as it arrives, against the real
 * Ollama client and a loopback stand-in that can be slowed, broken, cut off or stalled.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "articlechat.knowledge.dir=src/test/resources/articles",
        "articlechat.knowledge.watch=false",
        "articlechat.prompts.dir=prompts",
        "articlechat.ollama.model=llama3.2:3b",
        "articlechat.ollama.timeout=10s",
        "articlechat.ollama.probe-ttl=0s",
        "articlechat.ollama.stream-idle-timeout=" + AskStreamIT.IDLE_TIMEOUT,
        "articlechat.ollama.recovery-probe-interval=200ms",
        "logging.level.com.articlechat.answer.StreamingAnswer=debug",
        "logging.level.com.articlechat.web.SseAnswerListener=debug"})
class AskStreamIT {

    /** Far above the gaps between tokens in these tests, far below the stalls. */
    static final String IDLE_TIMEOUT = "2s";

    static final String QUESTION = "How long was Lee's visit to China?";
    private static final String ARTICLE = "korea-china-visit";
    /** Never waited for in full: every wait ends as soon as its event arrives. */
    private static final Duration EVENT_WAIT = Duration.ofSeconds(30);
    private static final Duration TOKEN_DELAY = Duration.ofMillis(150);
    // Words no sentence of the article contains, so a quote can never be mistaken for the model's text.
    private static final String MADE_UP = "Quokkas from Zanzibar planned the whole itinerary, said nobody at all";

    // What the application logs when a reader leaves (at debug level, enabled above) or an answer really fails.
    private static final String READER_LEFT = "The reader left";
    private static final String ANSWER_FAILED = "Streamed answer failed";

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
        AskApiIT.awaitModelAnswering(api);
    }

    // ---- streaming with the model up ------------------------------------------------------------

    @Test
    void should_stream_tokens_before_the_model_has_finished() {
        // given: a model that takes 150 ms per word for 20 words
        String reply = words(20) + " [1].";
        int total = wordCount(reply);
        ollama.reply(reply).tokenDelay(TOKEN_DELAY);

        // when
        try (EventStream stream = EventStream.open(port, ask(QUESTION))) {
            Event first = stream.nextNamed("token");

            // then: the stand-in itself says it has not written everything yet, however late we looked
            assertThat(first).isNotNull();
            assertThat(ollama.lastStreamOutcome()).isEqualTo(StreamOutcome.NONE);
            assertThat(ollama.tokensWritten()).isLessThan(total);

            // and: the rest follows and ends with the answer
            assertThat(stream.remaining()).extracting(Event::name).last().isEqualTo("done");
        }
        assertThat(ollama.awaitStreamEnd(EVENT_WAIT)).isTrue();
        assertThat(ollama.lastStreamOutcome()).isEqualTo(StreamOutcome.COMPLETED);
    }

    @Test
    void should_send_passages_then_tokens_then_one_done_and_end_the_stream() {
        // given: a model that cites the second passage before the first
        String reply = "Lee Jae Myung's visit to China lasted four days [2]. It was the first such visit in years [1].";
        ollama.reply(reply).tokenDelay(Duration.ofMillis(20));

        // when
        List<Event> events;
        boolean endedCleanly;
        try (EventStream stream = EventStream.open(port, ask(QUESTION))) {
            events = stream.remaining();
            endedCleanly = stream.endedCleanly();
        }

        // then: passages, the tokens in order, exactly one done, then the end of the stream
        assertThat(endedCleanly).as("the response ended after done").isTrue();
        List<String> names = events.stream().map(Event::name).toList();
        assertThat(names.get(0)).isEqualTo("passages");
        assertThat(names.get(names.size() - 1)).isEqualTo("done");
        assertThat(names.subList(1, names.size() - 1)).isNotEmpty().containsOnly("token");
        assertThat(names).doesNotContain("error");
        assertThat(events.stream().filter(e -> e.name().equals("token")).map(e -> e.json().path("text").asString())
                .reduce("", String::concat)).isEqualTo(reply);

        // and: done has exactly the fields of POST /api/ask
        JsonNode done = events.get(events.size() - 1).json();
        JsonNode asked = api.postJson("/api/ask", ask(QUESTION)).json();
        assertThat(fieldNames(done)).isEqualTo(fieldNames(asked));
        assertThat(done.path("mode").asString()).isEqualTo("llm");
        assertThat(done.path("answered").asBoolean()).isTrue();
        assertThat(done.path("notice").isNull()).isTrue();
        assertThat(done.path("conversationId").asString()).isNotBlank();

        // and: the citations are renumbered in order of use and point at the passages the model cited
        List<JsonNode> passages = list(events.get(0).json());
        assertThat(passages).hasSizeGreaterThanOrEqualTo(2);
        assertThat(fieldNames(passages.get(0))).containsExactly("n", "articleId", "articleVersion", "title",
                "paragraph", "quote", "start", "end", "score");
        assertThat(done.path("answer").asString())
                .isEqualTo("Lee Jae Myung's visit to China lasted four days [1]. It was the first such visit in years [2].");
        List<JsonNode> citations = list(done.path("citations"));
        assertThat(citations).extracting(c -> c.path("n").asInt()).containsExactly(1, 2);
        assertPointsAt(citations.get(0), passages.get(1));
        assertPointsAt(citations.get(1), passages.get(0));
        JsonNode article = api.get("/api/articles/" + ARTICLE).json();
        citations.forEach(citation -> assertQuoteIsVerbatim(citation, article));
        passages.forEach(passage -> assertQuoteIsVerbatim(passage, article));
    }

    @Test
    void should_quote_the_article_when_the_model_fails_mid_answer() {
        // given: Ollama's runner dies after three words and says so in an error line
        ollama.reply(MADE_UP + " [1].").tokenDelay(Duration.ofMillis(50)).failStreamAfter(3);

        // when
        List<Event> events = streamed(QUESTION);

        // then
        assertExtractiveEnding(events);
        assertThat(ollama.lastStreamOutcome()).isEqualTo(StreamOutcome.FAILED_ON_PURPOSE);
    }

    @Test
    void should_quote_the_article_when_the_connection_to_the_model_is_cut_mid_answer() {
        // given: Ollama crashes after three words, without a last line
        ollama.reply(MADE_UP + " [1].").tokenDelay(Duration.ofMillis(50)).abortStreamAfter(3);

        // when
        List<Event> events = streamed(QUESTION);

        // then
        assertExtractiveEnding(events);
        assertThat(ollama.lastStreamOutcome()).isEqualTo(StreamOutcome.ABORTED_ON_PURPOSE);
    }

    @Test
    void should_stop_the_model_when_the_reader_disconnects() {
        // given: an answer that would take six seconds to write in full
        String reply = words(40) + " [1].";
        int total = wordCount(reply);
        ollama.reply(reply).tokenDelay(TOKEN_DELAY);

        // when: the reader leaves after the first token
        try (EventStream stream = EventStream.open(port, ask(QUESTION))) {
            assertThat(stream.nextNamed("token")).isNotNull();
        }

        // then: the application hangs up on the model rather than let it write for nobody
        assertThat(ollama.awaitStreamEnd(EVENT_WAIT)).isTrue();
        assertThat(ollama.lastStreamOutcome()).isEqualTo(StreamOutcome.CLIENT_DISCONNECTED);
        assertThat(ollama.tokensWritten()).isLessThan(total);
    }

    @Test
    void should_quote_the_article_when_the_model_stalls_and_then_hang_up_on_it() {
        // given: response headers at once, then a silence twice as long as the idle timeout before
        // every token. The first token may take up to the call timeout (a model loading), so it is
        // waited for and forwarded; the silence after it is a stall.
        Duration stall = Duration.parse("PT" + IDLE_TIMEOUT).multipliedBy(2);
        String reply = words(5) + " [1].";
        ollama.reply(reply).tokenDelay(stall);

        // when
        List<Event> events = streamed(QUESTION);

        // then: the reader is answered from the article without waiting for the rest of the model's answer
        assertThat(events).extracting(Event::name).containsExactly("passages", "token", "done");
        JsonNode done = events.get(2).json();
        assertThat(done.path("mode").asString()).isEqualTo("extractive");
        assertThat(done.path("notice").asString()).isNotBlank();
        assertThat(list(done.path("citations"))).isNotEmpty();

        // and: the model call is dropped once it says anything, not read to its end
        assertThat(ollama.awaitStreamEnd(EVENT_WAIT)).isTrue();
        assertThat(ollama.lastStreamOutcome()).isEqualTo(StreamOutcome.CLIENT_DISCONNECTED);
        assertThat(ollama.tokensWritten()).isLessThan(wordCount(reply));
    }

    @Test
    void should_give_up_on_a_model_that_stalls_behind_the_blocking_endpoint_too() {
        // given: the same stall, the first word at once and then silences twice the idle timeout
        Duration stall = Duration.parse("PT" + IDLE_TIMEOUT).multipliedBy(2);
        ollama.reply(words(5) + " [1].").tokenDelay(stall);

        // when: asked without streaming
        long start = System.nanoTime();
        ApiClient.Response response = api.postJson("/api/ask", ask(QUESTION));

        // then: the blocking answer has the stream's idle watchdog: the article, long before the model's end
        assertThat(response.status()).isEqualTo(200);
        JsonNode answer = response.json();
        assertThat(answer.path("mode").asString()).isEqualTo("extractive");
        assertThat(answer.path("notice").asString()).contains("stopped sending");
        assertThat(answer.path("answer").asString()).doesNotContain("word1");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(stall.multipliedBy(4));
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void should_not_log_an_error_when_the_reader_leaves_just_before_the_answer_is_done(CapturedOutput output) {
        // given: two words a second apart, so the reader is gone by the time the answer is complete
        ollama.reply("Four days.").tokenDelay(Duration.ofSeconds(1));

        // when: the reader leaves after the first word
        try (EventStream stream = EventStream.open(port, ask(QUESTION))) {
            assertThat(stream.nextNamed("token")).isNotNull();
        }

        // then: the application noticed, on the second word or on the answer, and took it as routine
        await().atMost(EVENT_WAIT).until(() -> output.getOut().contains(READER_LEFT)
                || output.getOut().contains(ANSWER_FAILED));
        assertThat(output.getOut()).doesNotContain(ANSWER_FAILED);
    }

    // ---- requests refused before any stream -----------------------------------------------------

    @Test
    void should_answer_400_problem_for_a_blank_question_instead_of_a_stream() {
        // when
        ApiClient.Response response = postAcceptingEvents("{\"question\": \" \\t \"}");

        // then
        assertProblem(response, 400);
        assertThat(ollama.chatRequests()).isEmpty();
    }

    @Test
    void should_answer_404_problem_for_an_unknown_article_instead_of_a_stream() {
        // when
        ApiClient.Response response = postAcceptingEvents("{\"question\": \"" + QUESTION + "\", \"articleId\": \"nope\"}");

        // then
        assertProblem(response, 404);
        assertThat(response.json().path("detail").asString()).contains("nope");
        assertThat(ollama.chatRequests()).isEmpty();
    }

    // ---- with Ollama down -----------------------------------------------------------------------

    /** A second application whose Ollama is not running at all. */
    @Nested
    @NestedTestConfiguration(EnclosingConfiguration.OVERRIDE)
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
            "articlechat.knowledge.dir=src/test/resources/articles",
            "articlechat.knowledge.watch=false",
            "articlechat.prompts.dir=prompts",
            "articlechat.ollama.model=llama3.2:3b",
            "articlechat.ollama.probe-ttl=0s"})
    class WithOllamaDown {

        private static final String DOWN_URL = OllamaStandIn.unreachableUrl();

        @DynamicPropertySource
        static void ollamaUrl(DynamicPropertyRegistry registry) {
            registry.add("articlechat.ollama.base-url", () -> DOWN_URL);
        }

        @LocalServerPort
        int downPort;

        @Test
        void should_send_the_passages_then_an_extractive_done_without_tokens() {
            // when
            List<Event> events;
            try (EventStream stream = EventStream.open(downPort, ask(QUESTION))) {
                events = stream.remaining();
                assertThat(stream.endedCleanly()).isTrue();
            }

            // then
            assertThat(events).extracting(Event::name).containsExactly("passages", "done");
            assertThat(list(events.get(0).json())).isNotEmpty();
            JsonNode done = events.get(1).json();
            assertThat(done.path("mode").asString()).isEqualTo("extractive");
            assertThat(done.path("model").isNull()).isTrue();
            assertThat(done.path("answered").asBoolean()).isTrue();
            assertThat(done.path("notice").asString()).contains(DOWN_URL);
            assertThat(list(done.path("citations"))).isNotEmpty()
                    .allSatisfy(c -> assertThat(done.path("answer").asString()).contains(c.path("quote").asString()));
        }
    }

    // ---- assertions and helpers -----------------------------------------------------------------

    /** The model's words were streamed, but the answer is whole quoted sentences, never its broken half. */
    private static void assertExtractiveEnding(List<Event> events) {
        List<String> names = events.stream().map(Event::name).toList();
        assertThat(names).first().isEqualTo("passages");
        assertThat(names).last().isEqualTo("done");
        assertThat(names).doesNotContain("error").containsOnlyOnce("done");
        JsonNode done = events.get(events.size() - 1).json();
        assertThat(done.path("mode").asString()).isEqualTo("extractive");
        assertThat(done.path("notice").asString()).isNotBlank();
        assertThat(done.path("answered").asBoolean()).isTrue();
        String answer = done.path("answer").asString();
        assertThat(answer).doesNotContain("Quokkas").doesNotContain("Zanzibar");
        assertThat(list(done.path("citations"))).isNotEmpty()
                .allSatisfy(citation -> assertThat(answer).contains(citation.path("quote").asString()));
    }

    /** A citation of the answer stands in the passage it was renumbered from. */
    private static void assertPointsAt(JsonNode citation, JsonNode passage) {
        assertThat(citation.path("articleId").asString()).isEqualTo(passage.path("articleId").asString());
        assertThat(citation.path("articleVersion").asString()).isEqualTo(passage.path("articleVersion").asString());
        assertThat(citation.path("paragraph").asInt()).isEqualTo(passage.path("paragraph").asInt());
    }

    private List<Event> streamed(String question) {
        try (EventStream stream = EventStream.open(port, ask(question))) {
            List<Event> events = stream.remaining();
            assertThat(stream.endedCleanly()).as("the response ended after done").isTrue();
            return events;
        }
    }

    private ApiClient.Response postAcceptingEvents(String body) {
        // The page asks for text/event-stream; a refusal must still come back as a problem it can show.
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/ask/stream"))
                .header("Content-Type", "application/json")
                .header("Accept", "text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .timeout(EVENT_WAIT)
                .build();
        try {
            HttpResponse<String> response = EventStream.HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new ApiClient.Response(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(null), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String ask(String question) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("question", question);
        body.put("articleId", ARTICLE);
        return ApiClient.toJson(body);
    }

    /** {@code count} distinct made-up words, which the stand-in streams one per token. */
    private static String words(int count) {
        List<String> words = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            words.add("word" + i);
        }
        return String.join(" ", words);
    }

    /** How many tokens the stand-in makes of a reply: one per whitespace-separated word. */
    private static int wordCount(String reply) {
        return reply.strip().split("\\s+").length;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        names.addAll(node.propertyNames());
        return names;
    }


    /**
     * An event stream read on a thread of its own as bytes arrive, so the test can wait for each
     * event with a bound and close the connection whenever it wants, as a browser tab would.
     */
    static final class EventStream implements AutoCloseable {

        static final HttpClient HTTP = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        private static final Event END = new Event("", "");

        private final InputStream body;
        private final BlockingQueue<Event> arrived = new LinkedBlockingQueue<>();
        private volatile boolean endedCleanly;
        private boolean ended;

        private EventStream(InputStream body) {
            this.body = body;
            Thread reader = new Thread(this::read, "sse-reader");
            reader.setDaemon(true);
            reader.start();
        }

        /** Posts {@code json} and returns once the response headers said it is an event stream. */
        static EventStream open(int port, String json) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/ask/stream"))
                    .header("Content-Type", "application/json")
                    .header("Accept", "text/event-stream")
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                    .timeout(EVENT_WAIT)
                    .build();
            try {
                HttpResponse<InputStream> response = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
                if (response.statusCode() != 200) {
                    String problem = new String(response.body().readAllBytes(), StandardCharsets.UTF_8);
                    fail("expected an event stream, got %d: %s", response.statusCode(), problem);
                }
                assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                        type -> assertThat(type).startsWith("text/event-stream"));
                return new EventStream(response.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** The next event, or null when the stream has ended. */
        Event next() {
            if (ended) {
                return null;
            }
            try {
                Event event = arrived.poll(EVENT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
                if (event == null) {
                    fail("no event within %s", EVENT_WAIT);
                }
                if (event == END) {
                    ended = true;
                    return null;
                }
                return event;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** Skips ahead to the first event called {@code name}; null if the stream ends first. */
        Event nextNamed(String name) {
            for (Event event = next(); event != null; event = next()) {
                if (event.name().equals(name)) {
                    return event;
                }
            }
            return null;
        }

        /** Every event until the server ends the stream. */
        List<Event> remaining() {
            List<Event> events = new ArrayList<>();
            for (Event event = next(); event != null; event = next()) {
                events.add(event);
            }
            return Collections.unmodifiableList(events);
        }

        /** True when the server finished the response, rather than the connection breaking. */
        boolean endedCleanly() {
            return endedCleanly;
        }

        @Override
        public void close() {
            try {
                body.close(); // closes the connection if the response is not complete: the server sees the reader leave
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void read() {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                ServerSentEvents events = new ServerSentEvents();
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    events.line(line).ifPresent(arrived::add);
                }
                endedCleanly = true;
            } catch (IOException e) {
                // Closed by the test or cut by the server; endedCleanly stays false.
            } finally {
                arrived.add(END);
            }
        }
    }
}
