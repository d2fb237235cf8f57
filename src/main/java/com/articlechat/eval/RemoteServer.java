package com.articlechat.eval;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Another running article-chat, asked over its REST API: so that a build can be scored side by side
 * with an earlier one (started from another checkout on another port) in one run, on the same
 * questions. Gold paragraphs are worked out from that server's own numbering of each article.
 */
final class RemoteServer {

    private final URI base;
    private final JsonMapper json;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final Map<String, List<String>> paragraphs = new LinkedHashMap<>();

    RemoteServer(String url, JsonMapper json) {
        this.base = URI.create(url.endsWith("/") ? url : url + "/");
        this.json = json;
    }

    String label() {
        return "at " + base.getAuthority();
    }

    /** The paragraphs of {@code articleId} as that server numbers them. */
    List<String> paragraphs(String articleId) {
        return paragraphs.computeIfAbsent(articleId, id -> {
            JsonNode view = get("api/articles/" + id);
            List<String> texts = new ArrayList<>();
            view.path("paragraphs").forEach(p -> texts.add(p.path("text").asString()));
            return texts;
        });
    }

    /** Asks {@code question} within {@code articleId} (null: all articles) and scores what came back. */
    EvalScorer.Outcome ask(String question, String articleId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("question", question);
        if (articleId != null) {
            body.put("articleId", articleId);
        }
        long start = System.nanoTime();
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve("api/ask"))
                .timeout(Duration.ofMinutes(5))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8))
                .build());
        double ms = (System.nanoTime() - start) / 1e6;
        if (response.statusCode() != 200) {
            return EvalScorer.Outcome.failed("HTTP " + response.statusCode(), ms);
        }
        JsonNode answer = json.readTree(response.body());
        LinkedHashSet<String> cited = new LinkedHashSet<>();
        answer.path("citations").forEach(c -> cited.add(c.path("articleId").asString() + "#" + c.path("paragraph").asInt()));
        return new EvalScorer.Outcome(List.copyOf(cited), answer.path("answer").asString(),
                answer.path("answered").asBoolean(), ms);
    }

    private JsonNode get(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30)).GET().build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + base.resolve(path) + " answered " + response.statusCode());
        }
        return json.readTree(response.body());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("Could not reach " + request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while asking " + request.uri(), e);
        }
    }
}
