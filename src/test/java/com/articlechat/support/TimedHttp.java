package com.articlechat.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Calls the running application over real HTTP and says how long each call took, with the headers a
 * client acts on ({@code Retry-After}); for the tests and the load run that fire many calls at once.
 * A streamed answer is read to its end and split into its events.
 */
public final class TimedHttp {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final HttpClient http;

    public TimedHttp(int port) {
        this.baseUrl = "http://127.0.0.1:" + port;
        AtomicInteger threads = new AtomicInteger();
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newCachedThreadPool(r -> {
                    Thread thread = new Thread(r, "timed-http-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }))
                .build();
    }

    /** A response: status, the headers that matter here, body, and the time from sending to the last byte. */
    public record Reply(int status, String contentType, String retryAfter, String body, Duration took) {

        public JsonNode json() {
            return parse(body);
        }

        /** The events of an event-stream body, in order. */
        public List<ServerSentEvents.Event> events() {
            return ServerSentEvents.parse(body);
        }

        public boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }
    }

    public Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    /** {@code POST /api/ask} with a JSON body. */
    public Reply ask(String json) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/ask"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** {@code POST /api/ask/stream}, as the page asks it, read to the end of the stream. */
    public Reply askStreamed(String json) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/ask/stream"))
                .header("Content-Type", "application/json")
                .header("Accept", "text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** Runs {@code count} calls at the same time and returns their replies in call order. */
    public static List<Reply> concurrently(int count, IntFunction<Reply> call) {
        ExecutorService callers = Executors.newFixedThreadPool(count);
        try {
            List<Future<Reply>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                futures.add(callers.submit(() -> call.apply(n)));
            }
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> future : futures) {
                replies.add(future.get(5, TimeUnit.MINUTES));
            }
            return replies;
        } catch (Exception e) {
            throw new IllegalStateException("a concurrent call failed", e);
        } finally {
            callers.shutdownNow();
        }
    }

    private Reply send(HttpRequest.Builder request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofMinutes(5)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("Retry-After").orElse(null), response.body(),
                    Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (JacksonException e) {
            throw new IllegalStateException("not JSON: " + text, e);
        }
    }
}
