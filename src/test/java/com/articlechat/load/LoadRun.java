package com.articlechat.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.articlechat.Application;
import com.articlechat.support.OllamaStandIn;
import com.articlechat.support.TimedHttp;
import com.articlechat.support.ServerSentEvents.Event;
import com.articlechat.support.TimedHttp.Reply;
import tools.jackson.databind.JsonNode;

/**
 * The load command: {@code ./mvnw -q verify -Dload}. Not a CI test (it takes minutes and its figures
 * depend on the machine); it checks the operational promises with the full numbers and writes what
 * it measured to {@code target/load-report.md}, from which {@code docs/load.md} is taken.
 *
 * <ol>
 *   <li>220 concurrent questions to a model that never answers: the rest of the API keeps answering
 *       within 2 s, and a new question is answered, from the article, within 10 s.</li>
 *   <li>16 concurrent streams against a slow model with two calls and a queue of two: some are refused
 *       with 429 and Retry-After, the others end with done.</li>
 *   <li>40 clients for 30 s against a quick model, asking again when told to.</li>
 *   <li>SIGTERM to the packaged application during a stream: the client receives a final done.</li>
 * </ol>
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LoadRun {

    private static final String QUESTION = "{\"question\": \"How long was Lee's visit to China?\","
            + " \"articleId\": \"korea-china-visit\"}";
    private static final String CITING_REPLY = "Lee's visit to China lasted four days, as the article says [1].";
    private static final List<String> REPORT = new ArrayList<>();
    /**
     * Open connections to Ollama, idle pooled ones included, from all the application's Ollama clients
     * (answers, the /api/tags probe, the recovery probe): a handful whatever the number of clients,
     * where unbounded calls opened one per question in flight.
     */
    private static final int CONNECTIONS_BOUND = 8;

    @AfterAll
    static void writeReport() throws IOException {
        Path report = Path.of("target/load-report.md");
        Files.createDirectories(report.getParent());
        List<String> lines = new ArrayList<>();
        lines.add("Measured " + Instant.now() + " on " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ".");
        lines.add("");
        lines.addAll(REPORT);
        Files.write(report, lines, StandardCharsets.UTF_8);
        System.out.println(String.join(System.lineSeparator(), lines));
    }

    @Test
    @Order(1)
    void a_model_that_never_answers_and_220_concurrent_questions() throws Exception {
        try (OllamaStandIn ollama = OllamaStandIn.start();
                ConfigurableApplicationContext app = start(ollama, "--articlechat.ollama.timeout=5s",
                        "--articlechat.ollama.stream-idle-timeout=5s")) {
            TimedHttp http = new TimedHttp(port(app));
            warmUp(http, ollama);
            ollama.neverAnswer();
            Figures articles = new Figures();
            AtomicBoolean burst = new AtomicBoolean(true);
            CompletableFuture<Void> listing = repeat(burst, () -> articles.add(http.get("/api/articles").took()));
            try (ModelConnectionCount connections = new ModelConnectionCount(port(ollama))) {
                long start = System.nanoTime();
                CompletableFuture<List<Reply>> asks = CompletableFuture.supplyAsync(
                        () -> TimedHttp.concurrently(220, i -> http.ask(QUESTION)));
                Thread.sleep(1_000);
                Retried newQuestion = askRetrying(http, QUESTION);
                List<Reply> replies = asks.get(5, TimeUnit.MINUTES);
                Duration burstTook = Duration.ofNanos(System.nanoTime() - start);
                Reply after = http.ask(QUESTION);
                burst.set(false);
                listing.get(1, TimeUnit.MINUTES);

                Map<String, Integer> outcomes = outcomes(replies);
                Figures answered = took(replies, 200);
                Figures refused = took(replies, 429);
                section("1. A model that never answers, 220 concurrent questions",
                        "Ollama lists the model, accepts every call and never sends a byte (the stand-in's never-answer"
                                + " mode). articlechat.ollama.timeout=5s, max-concurrent=2, max-queued=8, Tomcat's 200"
                                + " threads. GET /api/articles was called in a loop throughout.",
                        row("The 220 questions", outcomes + ", all done in " + Figures.ms(burstTook)),
                        row("... answered (200)", answered.summary()),
                        row("... refused (429, Retry-After)", refused.summary()),
                        row("GET /api/articles during the burst", articles.count() + " calls, " + articles.summary()),
                        row("A new question 1 s into the burst, asking again after Retry-After like the page",
                                Figures.ms(newQuestion.took()) + ", " + newQuestion.attempts() + " attempt(s), "
                                        + newQuestion.mode()),
                        row("A new question after the burst", Figures.ms(after.took()) + ", " + mode(after)),
                        row("Model calls started", answerCalls(ollama) + " (connections to Ollama at most: "
                                + connections.peak() + ")"));
                assertThat(articles.max()).isLessThan(Duration.ofSeconds(2));
                assertThat(newQuestion.took()).isLessThan(Duration.ofSeconds(10));
                assertThat(newQuestion.mode()).isEqualTo("extractive");
                assertThat(answerCalls(ollama)).isLessThanOrEqualTo(2);
                assertThat(connections.peak()).isLessThanOrEqualTo(CONNECTIONS_BOUND);
            }
        }
    }

    @Test
    @Order(2)
    void sixteen_streams_two_calls_a_queue_of_two() throws Exception {
        try (OllamaStandIn ollama = OllamaStandIn.start();
                ConfigurableApplicationContext app = start(ollama, "--articlechat.ollama.max-concurrent=2",
                        "--articlechat.ollama.max-queued=2")) {
            TimedHttp http = new TimedHttp(port(app));
            warmUp(http, ollama);
            ollama.reply(CITING_REPLY).tokenDelay(Duration.ofMillis(100));
            try (ModelConnectionCount connections = new ModelConnectionCount(port(ollama))) {
                List<Reply> replies = TimedHttp.concurrently(16, i -> http.askStreamed(QUESTION));
                long refusedWithRetryAfter = replies.stream()
                        .filter(r -> r.status() == 429 && r.isProblem() && r.retryAfter() != null).count();
                long endedWithDone = replies.stream().filter(r -> r.status() == 200)
                        .filter(r -> lastEvent(r).equals("done")).count();
                section("2. Sixteen streams, two model calls, a queue of two",
                        "A slow model: about 1.5 s an answer (100 ms a token). max-concurrent=2, max-queued=2.",
                        row("Streams", outcomes(replies).toString()),
                        row("Refused with 429, problem+json and Retry-After, before any event",
                                String.valueOf(refusedWithRetryAfter)),
                        row("Accepted and ended with done", endedWithDone + ", " + took(replies, 200).summary()),
                        row("Model calls at once, at most", ollama.maxChatsInFlight() + " (connections to Ollama: "
                                + connections.peak() + ")"));
                assertThat(refusedWithRetryAfter).isPositive();
                assertThat(refusedWithRetryAfter + endedWithDone).isEqualTo(16);
                assertThat(ollama.maxChatsInFlight()).isLessThanOrEqualTo(2);
                assertThat(connections.peak()).isLessThanOrEqualTo(CONNECTIONS_BOUND);
            }
        }
    }

    @Test
    @Order(3)
    void forty_clients_for_thirty_seconds() throws Exception {
        try (OllamaStandIn ollama = OllamaStandIn.start(); ConfigurableApplicationContext app = start(ollama)) {
            TimedHttp http = new TimedHttp(port(app));
            warmUp(http, ollama);
            ollama.reply(CITING_REPLY).tokenDelay(Duration.ofMillis(10));
            Figures answers = new Figures();
            Figures articles = new Figures();
            Map<String, AtomicInteger> outcomes = new TreeMap<>();
            AtomicInteger errors = new AtomicInteger();
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService clients = Executors.newFixedThreadPool(40);
            try (ModelConnectionCount connections = new ModelConnectionCount(port(ollama))) {
                List<CompletableFuture<Void>> done = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    done.add(CompletableFuture.runAsync(() -> {
                        while (running.get()) {
                            try {
                                Reply reply = http.ask(QUESTION);
                                String outcome = reply.status() == 200 ? mode(reply) : String.valueOf(reply.status());
                                outcomes.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
                                if (reply.status() == 200) {
                                    answers.add(reply.took());
                                } else if (reply.status() == 429) {
                                    Thread.sleep(Long.parseLong(reply.retryAfter()) * 1000);
                                } else {
                                    errors.incrementAndGet();
                                }
                                Reply listed = http.get("/api/articles");
                                articles.add(listed.took());
                                if (listed.status() != 200) {
                                    errors.incrementAndGet();
                                }
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                return;
                            } catch (RuntimeException e) {
                                errors.incrementAndGet();
                            }
                        }
                    }, clients));
                }
                Thread.sleep(30_000);
                running.set(false);
                CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);
                section("3. Forty clients for 30 s",
                        "A quick model: about 0.2 s an answer (10 ms a token). Defaults: max-concurrent=2,"
                                + " max-queued=8. Each client asks (POST /api/ask), waits Retry-After when refused,"
                                + " then lists the articles, in a loop.",
                        row("Questions", outcomes.toString() + ", " + errors.get() + " errors"),
                        row("Answer time (with any wait in the queue)", answers.summary()),
                        row("Answers per second", String.format(java.util.Locale.ROOT, "%.1f", answers.count() / 30.0)),
                        row("GET /api/articles", articles.count() + " calls, " + articles.summary()),
                        row("Model calls at once, at most", ollama.maxChatsInFlight() + " (connections to Ollama: "
                                + connections.peak() + ")"));
                assertThat(errors).hasValue(0);
                assertThat(ollama.maxChatsInFlight()).isLessThanOrEqualTo(2);
                assertThat(connections.peak()).isLessThanOrEqualTo(CONNECTIONS_BOUND);
            } finally {
                clients.shutdownNow();
            }
        }
    }

    @Test
    @Order(4)
    void sigterm_to_the_packaged_application_during_a_stream() throws Exception {
        Path jar;
        try (Stream<Path> built = Files.list(Path.of("target"))) {
            jar = built.filter(p -> p.getFileName().toString().matches("article-chat-.*\\.jar"))
                    .max(Comparator.comparing(p -> p.getFileName().toString())).orElseThrow();
        }
        int port = freePort();
        Path log = Files.createTempFile("article-chat-", ".log");
        try (OllamaStandIn ollama = OllamaStandIn.start()) {
            ollama.reply("word ".repeat(200) + "[1].").tokenDelay(Duration.ofMillis(250));
            Process app = new ProcessBuilder("java", "-jar", jar.toString(), "--server.port=" + port,
                    "--articlechat.knowledge.watch=false", "--articlechat.ollama.base-url=" + ollama.baseUrl())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            try {
                TimedHttp http = new TimedHttp(port);
                awaitStarted(log);
                CompletableFuture<Reply> stream = CompletableFuture.supplyAsync(() -> http.askStreamed(QUESTION));
                while (ollama.tokensWritten() < 4) {
                    Thread.sleep(50);
                }
                long start = System.nanoTime();
                app.destroy(); // SIGTERM
                Reply reply = stream.get(1, TimeUnit.MINUTES);
                boolean exited = app.waitFor(1, TimeUnit.MINUTES);
                Duration shutdown = Duration.ofNanos(System.nanoTime() - start);
                List<Event> events = reply.events();
                JsonNode done = events.get(events.size() - 1).json();
                section("4. SIGTERM during a stream",
                        "The packaged jar as its own process; a stream that would take 50 s; SIGTERM after its"
                                + " fourth token.",
                        row("Events received", events.size() + ", the last: " + lastEvent(reply) + " ("
                                + done.path("mode").asString() + ": \"" + done.path("notice").asString() + "\")"),
                        row("From SIGTERM to the process gone", Figures.ms(shutdown) + ", exit code "
                                + (exited ? app.exitValue() : "none")));
                assertThat(lastEvent(reply)).isEqualTo("done");
                assertThat(done.path("notice").asString()).contains("shutting down");
                assertThat(exited).isTrue();
            } finally {
                app.destroyForcibly();
                Files.deleteIfExists(log);
            }
        }
    }

    // ---- helpers --------------------------------------------------------------------------------

    private record Retried(Duration took, int attempts, String mode) {
    }

    /** Asks as the page does: on 429 or 503, waits Retry-After and asks again. */
    private static Retried askRetrying(TimedHttp http, String question) throws InterruptedException {
        long start = System.nanoTime();
        for (int attempt = 1; ; attempt++) {
            Reply reply = http.ask(question);
            if ((reply.status() != 429 && reply.status() != 503) || attempt == 20) {
                return new Retried(Duration.ofNanos(System.nanoTime() - start), attempt, mode(reply));
            }
            Thread.sleep(Long.parseLong(reply.retryAfter()) * 1000);
        }
    }

    private static ConfigurableApplicationContext start(OllamaStandIn ollama, String... more) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off",
                "--logging.level.root=warn", "--articlechat.knowledge.watch=false",
                "--articlechat.ollama.probe-ttl=1s", "--articlechat.ollama.base-url=" + ollama.baseUrl()));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(Application.class).run(args.toArray(String[]::new));
    }

    /** The first question pays for loading what retrieval needs; it is not part of any figure. */
    private static void warmUp(TimedHttp http, OllamaStandIn ollama) throws InterruptedException {
        ollama.reply(CITING_REPLY);
        assertThat(http.ask(QUESTION).status()).isEqualTo(200);
        ollama.reset();
        Thread.sleep(1_100); // past the probe TTL, so no stale state carries over
    }

    private static CompletableFuture<Void> repeat(AtomicBoolean running, Runnable call) {
        return CompletableFuture.runAsync(() -> {
            while (running.get()) {
                call.run();
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        });
    }

    private static Map<String, Integer> outcomes(List<Reply> replies) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Reply reply : replies) {
            String outcome = reply.status() != 200 ? String.valueOf(reply.status())
                    : reply.contentType() != null && reply.contentType().startsWith("text/event-stream")
                            ? "stream" : mode(reply);
            counts.merge(outcome, 1, Integer::sum);
        }
        return counts;
    }

    private static Figures took(List<Reply> replies, int status) {
        Figures figures = new Figures();
        replies.stream().filter(r -> r.status() == status).forEach(r -> figures.add(r.took()));
        return figures;
    }

    private static String mode(Reply reply) {
        return reply.status() == 200 ? reply.json().path("mode").asString() : "status " + reply.status();
    }

    private static String lastEvent(Reply reply) {
        List<Event> events = reply.events();
        return events.isEmpty() ? "(none)" : events.get(events.size() - 1).name();
    }

    private static long answerCalls(OllamaStandIn ollama) {
        return ollama.chatRequests().stream().filter(OllamaStandIn.RecordedRequest::stream).count();
    }

    private static int port(ConfigurableApplicationContext app) {
        return app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    private static int port(OllamaStandIn ollama) {
        String url = ollama.baseUrl();
        return Integer.parseInt(url.substring(url.lastIndexOf(':') + 1));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void awaitStarted(Path log) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            try {
                if (Files.readString(log).contains("Started Application")) {
                    return;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the application did not start within 3 minutes");
    }

    private static String row(String what, String measured) {
        return "| " + what + " | " + measured + " |";
    }

    private static void section(String title, String setup, String... rows) {
        REPORT.add("### " + title);
        REPORT.add("");
        REPORT.add(setup);
        REPORT.add("");
        REPORT.add("| | |");
        REPORT.add("|---|---|");
        REPORT.addAll(List.of(rows));
        REPORT.add("");
    }
}
