package com.articlechat.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.articlechat.Application;
import com.articlechat.support.OllamaStandIn;
import com.articlechat.support.OllamaStandIn.StreamOutcome;
import com.articlechat.support.TimedHttp;
import com.articlechat.support.TimedHttp.Reply;
import com.articlechat.support.ServerSentEvents.Event;
import com.articlechat.web.AskStreamIT.EventStream;
import tools.jackson.databind.JsonNode;

/**
 * Shutting down while answers are streamed, with the application started and closed here as a
 * SIGTERM closes it (the JVM's shutdown hook closes the context): a stream in flight ends with a final
 * {@code done}, and requests that arrive once shutdown has begun are refused with 503.
 */
class ShutdownIT {

    private static final String QUESTION = "How long was Lee's visit to China?";

    private OllamaStandIn ollama;
    private ConfigurableApplicationContext app;

    @BeforeEach
    void start() {
        ollama = OllamaStandIn.start();
        // As command-line arguments, which win over application.yaml as they do for a real start.
        app = new SpringApplicationBuilder(Application.class).run(
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--articlechat.knowledge.dir=src/test/resources/articles",
                "--articlechat.knowledge.watch=false",
                "--articlechat.prompts.dir=prompts",
                "--articlechat.ollama.model=llama3.2:3b",
                "--articlechat.ollama.base-url=" + ollama.baseUrl(),
                "--articlechat.ollama.timeout=10s",
                "--articlechat.ollama.stream-idle-timeout=10s");
    }

    @AfterEach
    void stop() {
        app.close();
        ollama.close();
    }

    @Test
    void should_end_a_stream_in_flight_with_a_final_done_when_the_application_shuts_down() throws Exception {
        // given: an answer that would take a minute to write
        List<String> words = new ArrayList<>();
        for (int i = 1; i <= 200; i++) {
            words.add("word" + i);
        }
        ollama.reply(String.join(" ", words) + " [1].").tokenDelay(Duration.ofMillis(300));

        try (EventStream stream = EventStream.open(port(), AskStreamIT.ask(QUESTION))) {
            assertThat(stream.nextNamed("token")).isNotNull();

            // when: the application is told to shut down, as SIGTERM tells it
            long start = System.nanoTime();
            CompletableFuture<Void> closing = CompletableFuture.runAsync(app::close);
            List<Event> rest = stream.remaining();

            // then: the stream ends with done, the article's sentences and a notice, not the unfinished answer
            assertThat(rest).extracting(Event::name).last().isEqualTo("done");
            assertThat(rest).extracting(Event::name).doesNotContain("error");
            JsonNode done = rest.get(rest.size() - 1).json();
            assertThat(done.path("mode").asString()).isEqualTo("extractive");
            assertThat(done.path("notice").asString()).contains("shutting down");
            assertThat(done.path("answer").asString()).doesNotContain("word1");
            assertThat(stream.endedCleanly()).as("the response ended after done").isTrue();

            // and: the application is gone well before the model would have finished
            closing.get(60, TimeUnit.SECONDS);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
        }
        assertThat(ollama.awaitStreamEnd(Duration.ofSeconds(10))).isTrue();
        assertThat(ollama.lastStreamOutcome()).isEqualTo(StreamOutcome.CLIENT_DISCONNECTED);
    }

    @Test
    void should_refuse_new_requests_with_503_once_shutdown_has_begun() {
        // given
        TimedHttp http = new TimedHttp(port());
        assertThat(http.get("/api/articles").status()).isEqualTo(200);

        // when: shutdown begins; the gate is the first thing it stops
        app.getBean(ShutdownGate.class).stop();

        // then
        for (Reply reply : List.of(http.get("/api/articles"), http.ask(AskStreamIT.ask(QUESTION)),
                http.askStreamed(AskStreamIT.ask(QUESTION)))) {
            assertThat(reply.status()).isEqualTo(503);
            assertThat(reply.isProblem()).isTrue();
            assertThat(reply.json().path("status").asInt()).isEqualTo(503);
            assertThat(reply.retryAfter()).isNotNull();
        }
        // and: health stays open, so the probes can tell what is happening
        assertThat(http.get("/actuator/health/liveness").status()).isEqualTo(200);
        assertThat(ollama.chatRequests()).isEmpty();
    }

    private int port() {
        return app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }
}
