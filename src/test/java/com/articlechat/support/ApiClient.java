package com.articlechat.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tests' one client of the application's HTTP API over real loopback HTTP: reads, questions,
 * JSON and multipart writes with or without the admin token, and the fixtures and waiting the
 * integration tests share.
 */
public final class ApiClient {

    public static final String TOKEN = "test-token";
    public static final String SEED_ID = "korea-china-visit";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    public ApiClient(int port) {
        this.baseUrl = "http://127.0.0.1:" + port;
    }

    /** One response; headers by lower-case name. */
    public record Response(int status, Map<String, List<String>> headers, String body) {

        public Response(int status, String contentType, String body) {
            this(status, contentType == null ? Map.of() : Map.of("content-type", List.of(contentType)), body);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (JacksonException e) {
                throw new IllegalStateException("response body is not JSON: " + body, e);
            }
        }

        public Optional<String> header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
        }

        public String contentType() {
            return header("Content-Type").orElse(null);
        }
    }

    // ---- reads and questions ---------------------------------------------------------------------

    public Response get(String path) {
        return send(request(path).GET());
    }

    /** The {@code GET /api/articles} entry for {@code id}, if listed. */
    public Optional<JsonNode> listed(String id) {
        for (JsonNode entry : get("/api/articles").json()) {
            if (entry.path("id").asString().equals(id)) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    public Response post(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    public Response postJson(String path, String json) {
        return post(path, "application/json", json);
    }

    /** {@code POST /api/ask} with a question about every article. */
    public Response ask(String question) {
        return ask(question, null);
    }

    /** {@code POST /api/ask}, scoped to one article when {@code articleId} is not null. */
    public Response ask(String question, String articleId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("question", question);
        if (articleId != null) {
            body.put("articleId", articleId);
        }
        return postJson("/api/ask", toJson(body));
    }

    /** Whether an answer to {@code question} cites {@code articleId} (at {@code version}, when given). */
    public boolean cites(String question, String articleId, String version) {
        Response answer = ask(question, null);
        for (JsonNode citation : answer.json().path("citations")) {
            if (citation.path("articleId").asString().equals(articleId)
                    && (version == null || citation.path("articleVersion").asString().equals(version))) {
                return true;
            }
        }
        return false;
    }

    // ---- writes ----------------------------------------------------------------------------------

    /** A JSON write with the test token. */
    public Response json(String method, String path, Object body) {
        return json(method, path, body, "Bearer " + TOKEN);
    }

    /** A JSON write with the given Authorization header, or none when it is null. */
    public Response json(String method, String path, Object body, String authorization) {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(toJson(body)));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request);
    }

    /** A write with any content type and raw body, with the test token. */
    public Response raw(String method, String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).header("Authorization", "Bearer " + TOKEN)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A multipart upload of one file as the {@code file} part, with the test token. */
    public Response upload(String method, String path, String fileName, byte[] content) {
        return upload(method, path, fileName, content, "Bearer " + TOKEN);
    }

    public Response upload(String method, String path, String fileName, byte[] content, String authorization) {
        String boundary = "----articlechat" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request);
    }

    public Response delete(String path) {
        return send(request(path).header("Authorization", "Bearer " + TOKEN).DELETE());
    }

    /** An article body for JSON writes. */
    public static Map<String, Object> article(String title, String text) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("text", text);
        return body;
    }

    public static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(e);
        }
    }

    // ---- fixtures and waiting --------------------------------------------------------------------

    /**
     * A fresh knowledge folder holding the seed article, so every test class starts from the same
     * state. Under target/, not the system's temp folder: the server still uses it when the class
     * ends, so nothing deletes it then, and {@code mvn clean} does.
     */
    public static Path knowledgeFolderWithSeedArticle() {
        try {
            Path parent = Files.createDirectories(Path.of("target", "knowledge-folders").toAbsolutePath());
            Path dir = Files.createTempDirectory(parent, "articlechat-knowledge-");
            Path seed = Path.of("src/test/resources/articles/" + SEED_ID + ".md");
            if (!Files.exists(seed)) {
                seed = Path.of("knowledge/" + SEED_ID + ".md");
            }
            Files.copy(seed, dir.resolve(SEED_ID + ".md"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A loopback port nothing listens on. */
    public static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Polls {@code probe} until {@code done} accepts its value, or fails after {@code timeout}. */
    public static <T> T eventually(Duration timeout, String what, Supplier<T> probe, Predicate<T> done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = null;
        while (System.nanoTime() < deadline) {
            last = probe.get();
            if (done.test(last)) {
                return last;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + what, e);
            }
        }
        throw new AssertionError("Timed out after " + timeout.toMillis() + " ms waiting for " + what + "; last: " + last);
    }

    public static String resource(String path) {
        try (InputStream in = ApiClient.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60));
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Map<String, List<String>> headers = new LinkedHashMap<>();
            response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
            return new Response(response.statusCode(), headers, response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling " + baseUrl, e);
        }
    }
}
