package com.articlechat.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.articlechat.support.ApiClient;
import com.articlechat.support.OllamaStandIn;
import com.articlechat.support.TimedHttp;
import com.articlechat.support.ServerSentEvents.Event;
import com.articlechat.support.TimedHttp.Reply;
import tools.jackson.databind.JsonNode;

/**
 * The model calls under load and faults, over real HTTP against the real Ollama client and the
 * stand-in: at most {@code max-concurrent} calls run and {@code max-queued} wait, the rest are refused
 * with 429 and {@code Retry-After}; a model that never answers is given up on after the timeout and
 * then held as unresponsive, so the next questions are answered from the article at once, until a
 * probe finds it answering again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "articlechat.knowledge.dir=src/test/resources/articles",
        "articlechat.knowledge.watch=false",
        "articlechat.prompts.dir=prompts",
        "articlechat.ollama.model=llama3.2:3b",
        "articlechat.ollama.timeout=" + ModelCallsIT.TIMEOUT_SECONDS + "s",
        "articlechat.ollama.stream-idle-timeout=3s",
        "articlechat.ollama.probe-ttl=0s",
        "articlechat.ollama.recovery-probe-interval=500ms",
        "articlechat.ollama.max-concurrent=2",
        "articlechat.ollama.max-queued=2"})
class ModelCallsIT {

    static final int TIMEOUT_SECONDS = 3;
    private static final String QUESTION = "{\"question\": \"How long was Lee's visit to China?\","
            + " \"articleId\": \"korea-china-visit\"}";
    private static final String CITING_REPLY = "Lee's visit to China lasted four days, the article says in its first"
            + " paragraph [1].";
    /** Far less than the timeout: an answer given without waiting for the model. */
    private static final Duration AT_ONCE = Duration.ofMillis(1_500);

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

    private TimedHttp http;

    @BeforeEach
    void setUp() {
        ollama.reset();
        http = new TimedHttp(port);
        AskApiIT.awaitModelAnswering(new ApiClient(port));
        // A call the application gave up on may still be waiting inside the stand-in; it must not count here.
        await().atMost(Duration.ofSeconds(15)).until(() -> ollama.chatsInFlight() == 0);
        ollama.reset();
    }

    @Test
    void should_give_up_on_a_model_that_never_answers_and_answer_at_once_until_it_answers_again() {
        // given: Ollama lists the model, accepts every call and never sends a byte back
        ollama.neverAnswer();

        // when
        Reply first = http.ask(QUESTION);

        // then: the question waited for the timeout, not longer, and was answered from the article
        assertExtractive(first);
        assertThat(first.json().path("notice").asString()).contains("did not start answering");
        assertThat(first.took()).isBetween(Duration.ofSeconds(TIMEOUT_SECONDS - 1), Duration.ofSeconds(15));

        // when: the next questions, blocking and streamed
        Reply next = http.ask(QUESTION);
        Reply streamed = http.askStreamed(QUESTION);

        // then: answered from the article at once, without another call to the model
        assertExtractive(next);
        assertThat(next.took()).isLessThan(AT_ONCE);
        List<Event> events = streamed.events();
        assertThat(events).extracting(Event::name).containsExactly("passages", "done");
        assertThat(events.get(1).json().path("mode").asString()).isEqualTo("extractive");
        assertThat(streamed.took()).isLessThan(AT_ONCE);
        assertThat(answerCalls()).isEqualTo(1);

        // and: health says so, without making the application unready
        JsonNode model = http.get("/actuator/health/model").json();
        assertThat(model.path("status").asString()).isEqualTo("DEGRADED");
        assertThat(model.path("details").path("reason").asString()).isEqualTo("model-unresponsive");
        assertThat(http.get("/actuator/health/readiness").status()).isEqualTo(200);

        // when: the model answers again
        ollama.reset();
        ollama.reply(CITING_REPLY);

        // then: a background probe notices, and the model answers questions again
        AskApiIT.awaitModelAnswering(new ApiClient(port));
        Reply recovered = http.ask(QUESTION);
        assertThat(recovered.status()).isEqualTo(200);
        assertThat(recovered.json().path("mode").asString()).isEqualTo("llm");
    }

    @Test
    void should_give_up_on_a_model_that_sends_its_headers_and_then_nothing() {
        // given: headers at once, the first token only after longer than the timeout
        ollama.reply(CITING_REPLY).tokenDelay(Duration.ofSeconds(TIMEOUT_SECONDS + 3));

        // when
        Reply reply = http.ask(QUESTION);

        // then: answered from the article at the timeout, not when the model would have said its first word
        assertExtractive(reply);
        Duration retrieval = Duration.ofMillis(reply.json().path("timings").path("retrievalMs").asLong());
        assertThat(reply.took().minus(retrieval)).isLessThan(Duration.ofSeconds(TIMEOUT_SECONDS + 2));

        // and: the model's answer is not read (that the connection closes at once, ModelConnectionsTests shows)
        assertThat(ollama.awaitStreamEnd(Duration.ofSeconds(TIMEOUT_SECONDS + 10))).isTrue();
        assertThat(ollama.lastStreamOutcome()).isEqualTo(OllamaStandIn.StreamOutcome.CLIENT_DISCONNECTED);
    }

    @Test
    void should_wait_for_a_model_slow_to_start_within_the_timeout_and_not_beyond() {
        // given: a model that takes a second and a half to send its headers and first token, as when loading
        ollama.reply(CITING_REPLY).slowHeaders(Duration.ofMillis(1_500));

        // when
        Reply slow = http.ask(QUESTION);

        // then: slow is not hung
        assertThat(slow.status()).isEqualTo(200);
        assertThat(slow.json().path("mode").asString()).isEqualTo("llm");
        assertThat(slow.took()).isGreaterThanOrEqualTo(Duration.ofMillis(1_500));

        // when: it takes longer than the timeout
        ollama.slowHeaders(Duration.ofSeconds(TIMEOUT_SECONDS + 2));
        Reply tooSlow = http.ask(QUESTION);

        // then: given up on at the timeout, and held as unresponsive
        assertExtractive(tooSlow);
        assertThat(tooSlow.took()).isLessThan(Duration.ofSeconds(TIMEOUT_SECONDS + 2));
        assertThat(http.get("/actuator/health/model").json().path("details").path("reason").asString())
                .isEqualTo("model-unresponsive");
    }

    @Test
    void should_keep_serving_and_refuse_what_does_not_fit_when_many_ask_a_model_that_never_answers() {
        // given
        ollama.neverAnswer();
        LatencyWatch articles = LatencyWatch.start(http, "/api/articles");

        // when: twenty questions at once
        List<Reply> replies = TimedHttp.concurrently(20, i -> http.ask(QUESTION));
        Duration slowestList = articles.stop();

        // then: two calls ran, two questions waited, the others were refused at once with a time to come back
        List<Reply> refused = replies.stream().filter(r -> r.status() == 429).toList();
        List<Reply> answered = replies.stream().filter(r -> r.status() == 200).toList();
        assertThat(refused.size() + answered.size()).isEqualTo(20);
        assertThat(refused).isNotEmpty().allSatisfy(ModelCallsIT::assertRetryLater);
        assertThat(refused).allSatisfy(r -> assertThat(r.took()).isLessThan(AT_ONCE));
        assertThat(answered).isNotEmpty().allSatisfy(ModelCallsIT::assertExtractive);
        assertThat(ollama.maxChatsInFlight()).isLessThanOrEqualTo(2);
        assertThat(answerCalls()).isLessThanOrEqualTo(2);

        // and: the rest of the API went on answering, and a new question is answered from the article at once
        assertThat(slowestList).isLessThan(Duration.ofSeconds(2));
        Reply next = http.ask(QUESTION);
        assertExtractive(next);
        assertThat(next.took()).isLessThan(AT_ONCE);
    }

    @Test
    void should_refuse_streams_beyond_the_queue_before_any_event_and_end_the_others_with_done() {
        // given: a slow model, about two seconds an answer
        ollama.reply(CITING_REPLY).tokenDelay(Duration.ofMillis(150));

        // when: sixteen streamed questions at once
        List<Reply> replies = TimedHttp.concurrently(16, i -> http.askStreamed(QUESTION));

        // then: the refused ones got a problem and Retry-After instead of a stream
        List<Reply> refused = replies.stream().filter(r -> r.status() == 429).toList();
        List<Reply> streamed = replies.stream().filter(r -> r.status() == 200).toList();
        assertThat(refused.size() + streamed.size()).isEqualTo(16);
        assertThat(refused).isNotEmpty().allSatisfy(ModelCallsIT::assertRetryLater);

        // and: every stream that was accepted ended with done, the model's answer
        assertThat(streamed).hasSizeGreaterThanOrEqualTo(4).allSatisfy(reply -> {
            List<Event> events = reply.events();
            assertThat(events).extracting(Event::name).first().isEqualTo("passages");
            assertThat(events).extracting(Event::name).last().isEqualTo("done");
            assertThat(events.get(events.size() - 1).json().path("mode").asString()).isEqualTo("llm");
        });
        assertThat(ollama.maxChatsInFlight()).isLessThanOrEqualTo(2);

        // and: the refusals are counted
        assertThat(http.get("/actuator/prometheus").body())
                .containsPattern("articlechat_model_calls_rejected_total [1-9]");
    }

    private static void assertExtractive(Reply reply) {
        assertThat(reply.status()).as("status of %s", reply.body()).isEqualTo(200);
        JsonNode answer = reply.json();
        assertThat(answer.path("mode").asString()).isEqualTo("extractive");
        assertThat(answer.path("notice").asString()).isNotBlank();
        assertThat(answer.path("citations").size()).isPositive();
    }

    private static void assertRetryLater(Reply reply) {
        assertThat(reply.isProblem()).as("problem+json: %s", reply.body()).isTrue();
        assertThat(reply.json().path("status").asInt()).isEqualTo(429);
        assertThat(reply.retryAfter()).isNotNull();
        assertThat(Integer.parseInt(reply.retryAfter())).isPositive();
        assertThat(reply.body()).doesNotContain("event:");
    }

    /** Streamed answers the model was asked for; the blocking one-token health probes are not counted. */
    private static long answerCalls() {
        return ollama.chatRequests().stream().filter(OllamaStandIn.RecordedRequest::stream).count();
    }

    /** Calls one path again and again on a thread of its own and remembers the slowest answer. */
    static final class LatencyWatch {

        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicLong slowestNanos = new AtomicLong();
        private final CompletableFuture<Void> done;

        private LatencyWatch(TimedHttp http, String path) {
            done = CompletableFuture.runAsync(() -> {
                while (running.get()) {
                    Reply reply = http.get(path);
                    assertThat(reply.status()).isEqualTo(200);
                    slowestNanos.accumulateAndGet(reply.took().toNanos(), Math::max);
                    sleep(100);
                }
            });
        }

        static LatencyWatch start(TimedHttp http, String path) {
            return new LatencyWatch(http, path);
        }

        Duration stop() {
            running.set(false);
            done.join();
            return Duration.ofNanos(slowestNanos.get());
        }

        private static void sleep(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
