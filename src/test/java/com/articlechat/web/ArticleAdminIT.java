package com.articlechat.web;

import static com.articlechat.support.ApiClient.TOKEN;
import static com.articlechat.support.ApiClient.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.articlechat.support.ApiClient;
import com.articlechat.support.ApiClient.Response;
import tools.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The write API end to end: real HTTP, the real catalog writing files, the real embedding model, and
 * news pages served from loopback. Ollama is down, so answers are extractive.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class ArticleAdminIT {

    static final Path FOLDER = ApiClient.knowledgeFolderWithSeedArticle();
    static HttpServer site;

    private static final String FERRY_TEXT = """
            The island ferry will run every forty minutes from the first of June, the harbour board said on Friday.

            Fares stay the same for residents, while visitors will pay two pounds more for a return ticket.

            The board said the extra sailings would be paid for by the higher visitor fares.""";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("articlechat.knowledge.dir", FOLDER::toString);
        registry.add("articlechat.knowledge.debounce", () -> "200ms");
        registry.add("articlechat.admin-token", () -> TOKEN);
        registry.add("articlechat.ollama.base-url", () -> "http://127.0.0.1:" + ApiClient.closedPort());
        registry.add("articlechat.import.allow-private-hosts", () -> "true");
        registry.add("articlechat.import.max-redirects", () -> "3");
        registry.add("articlechat.import.timeout", () -> "3s");
    }

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeAll
    static void startNewsSite() throws IOException {
        site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        site.createContext("/", ArticleAdminIT::serveNewsSite);
        site.start();
    }

    @AfterAll
    static void stopNewsSite() {
        site.stop(0);
    }

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    // ---- create, replace, delete -----------------------------------------------------------------

    @Test
    void should_create_an_article_from_json_store_it_as_a_file_and_answer_from_it() {
        Response created = api.json("POST", "/api/articles", article("Island ferry to run every forty minutes", FERRY_TEXT));

        assertThat(created.status()).isEqualTo(201);
        String id = "island-ferry-to-run-every-forty-minutes";
        assertThat(created.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/articles/" + id));
        JsonNode body = created.json();
        assertThat(body.path("id").asString()).isEqualTo(id);
        assertThat(body.path("paragraphs").asInt()).isEqualTo(3);
        assertThat(body.path("title").asString()).isEqualTo("Island ferry to run every forty minutes");
        String version = body.path("version").asString();

        assertThat(Files.exists(FOLDER.resolve(id + ".md"))).isTrue();
        assertThat(api.get("/api/articles/" + id).json().path("version").asString()).isEqualTo(version);
        assertThat(api.listed(id)).hasValueSatisfying(entry -> {
            assertThat(entry.path("version").asString()).isEqualTo(version);
            assertThat(entry.path("ingestedAt").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
            assertThat(entry.path("lastError").isNull()).isTrue();
        });
        JsonNode answer = api.ask("How often will the island ferry run from June?", id).json();
        assertThat(answer.path("citations")).isNotEmpty()
                .allSatisfy(c -> assertThat(c.path("articleVersion").asString()).isEqualTo(version));
    }

    @Test
    void should_take_an_explicit_id_and_metadata_from_json() {
        Map<String, Object> body = article("Library hours extended", "The central library will open until nine"
                + " on weekdays from March, the council said.");
        body.put("id", "library-hours");
        body.put("source", "Council press office");
        body.put("byline", "Jo Evans");
        body.put("published", "2025-02-01");
        body.put("language", "en");
        body.put("url", "https://council.example/news/library");

        assertThat(api.json("POST", "/api/articles", body).status()).isEqualTo(201);

        JsonNode view = api.get("/api/articles/library-hours").json();
        assertThat(view.path("source").asString()).isEqualTo("Council press office");
        assertThat(view.path("byline").asString()).isEqualTo("Jo Evans");
        assertThat(view.path("published").asString()).isEqualTo("2025-02-01");
        assertThat(view.path("url").asString()).isEqualTo("https://council.example/news/library");
    }

    @Test
    void should_refuse_to_create_an_id_that_exists_and_point_to_put() {
        Map<String, Object> body = article("Seed clash", FERRY_TEXT);
        body.put("id", ApiClient.SEED_ID);
        String before = api.get("/api/articles/" + ApiClient.SEED_ID).json().path("version").asString();

        Response conflict = api.json("POST", "/api/articles", body);

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.json().path("detail").asString()).contains("PUT");
        assertThat(api.get("/api/articles/" + ApiClient.SEED_ID).json().path("version").asString())
                .isEqualTo(before);
    }

    @Test
    void should_upload_markdown_text_and_html_files_named_by_their_stem() {
        Response md = api.upload("POST", "/api/articles", "Tram-Works.md",
                "# Tram works close the bridge\n\nThe tram bridge closes for repairs in April.\n".getBytes(StandardCharsets.UTF_8));
        Response txt = api.upload("POST", "/api/articles", "bus_strike.txt",
                "Bus drivers will strike on Monday.\n\nTalks broke down late on Friday.".getBytes(StandardCharsets.UTF_8));
        Response html = api.upload("POST", "/api/articles", "dialogue.html",
                ApiClient.resource("/import/news-page.html").getBytes(StandardCharsets.UTF_8));

        assertThat(md.status()).isEqualTo(201);
        assertThat(md.json().path("id").asString()).isEqualTo("tram-works");
        assertThat(md.json().path("title").asString()).isEqualTo("Tram works close the bridge");
        assertThat(txt.status()).isEqualTo(201);
        assertThat(txt.json().path("id").asString()).isEqualTo("bus-strike");
        assertThat(html.status()).isEqualTo(201);
        assertThat(html.json().path("paragraphs").asInt()).isEqualTo(6);
        String text = api.get("/api/articles/dialogue").json().path("text").asString();
        assertThat(text).contains("South Korea and China agreed on Monday").doesNotContain("Advertisement");
        assertThat(Files.exists(FOLDER.resolve("dialogue.md"))).isTrue();
    }

    @Test
    void should_replace_an_article_with_json_or_a_file_and_list_its_versions_newest_first() {
        Map<String, Object> body = article("Pool reopens", "The town pool reopens on Saturday after a new roof.");
        body.put("id", "pool-reopens");
        String first = api.json("POST", "/api/articles", body).json().path("version").asString();

        Response replaced = api.json("PUT", "/api/articles/pool-reopens",
                article("Pool reopens", "The town pool reopens on Sunday after a new roof and new changing rooms."));
        Response replacedByFile = api.upload("PUT", "/api/articles/pool-reopens", "anything.md",
                "---\ntitle: Pool reopens\n---\nThe town pool reopens on Monday instead.\n".getBytes(StandardCharsets.UTF_8));

        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replacedByFile.status()).isEqualTo(200);
        String second = replaced.json().path("version").asString();
        String third = replacedByFile.json().path("version").asString();
        assertThat(List.of(first, second, third)).doesNotHaveDuplicates();
        assertThat(api.get("/api/articles/pool-reopens").json().path("text").asString()).contains("Monday instead");
        assertThat(api.get("/api/articles/pool-reopens/versions").json()).extracting(v -> v.path("version").asString())
                .containsExactly(third, second, first);
        assertThat(Files.exists(FOLDER.resolve("anything.md"))).isFalse();
    }

    @Test
    void should_delete_an_article_and_its_file() {
        Map<String, Object> body = article("Market moves", "The Saturday market moves to the quay in May.");
        body.put("id", "market-moves");
        api.json("POST", "/api/articles", body);

        assertThat(api.delete("/api/articles/market-moves").status()).isEqualTo(204);

        assertThat(api.get("/api/articles/market-moves").status()).isEqualTo(404);
        assertThat(api.listed("market-moves")).isEmpty();
        assertThat(Files.exists(FOLDER.resolve("market-moves.md"))).isFalse();
        assertThat(api.delete("/api/articles/market-moves").status()).isEqualTo(404);
    }

    @Test
    void should_answer_404_for_unknown_ids() {
        assertThat(api.json("PUT", "/api/articles/no-such-article", article("Nope", "Some text.")).status()).isEqualTo(404);
        assertThat(api.delete("/api/articles/no-such-article").status()).isEqualTo(404);
        assertThat(api.get("/api/articles/no-such-article/versions").status()).isEqualTo(404);
        assertThat(api.listed("no-such-article")).isEmpty();
        assertThat(Files.exists(FOLDER.resolve("no-such-article.md"))).isFalse();
    }

    // ---- authorisation ---------------------------------------------------------------------------

    @Test
    void should_ask_for_the_token_when_none_is_sent_and_refuse_a_wrong_one() {
        Map<String, Object> body = article("Unauthorised", FERRY_TEXT);
        body.put("id", "unauthorised");

        Response missing = api.json("POST", "/api/articles", body, null);
        Response wrong = api.json("POST", "/api/articles", body, "Bearer not-the-token");

        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.header("WWW-Authenticate")).hasValue("Bearer");
        assertThat(missing.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(api.json("PUT", "/api/articles/" + ApiClient.SEED_ID, body, null).status()).isEqualTo(401);
        assertThat(api.json("DELETE", "/api/articles/" + ApiClient.SEED_ID, Map.of(), "Bearer x").status())
                .isEqualTo(403);
        assertThat(api.upload("POST", "/api/articles", "unauthorised.md", "Text.".getBytes(StandardCharsets.UTF_8), null)
                .status()).isEqualTo(401);
        // The token is checked before an upload is parsed, so even an oversized one is just unauthorised.
        assertThat(api.upload("POST", "/api/articles", "unauthorised.md", new byte[1_500_000], null).status())
                .isEqualTo(401);
        assertThat(api.listed("unauthorised")).isEmpty();
        assertThat(api.get("/api/articles/" + ApiClient.SEED_ID).status()).isEqualTo(200);
    }

    @Test
    void should_not_write_for_any_other_spelling_of_the_token_or_the_path() {
        Map<String, Object> body = article("Bypass attempt", FERRY_TEXT);
        body.put("id", "bypass-attempt");
        record Attempt(String path, String authorization) {
        }
        List<Attempt> attempts = List.of(
                new Attempt("/api/articles", "Bearer " + TOKEN + " x"),
                new Attempt("/api/articles", "Bearer" + TOKEN),
                new Attempt("/api/articles", "Bearer " + TOKEN + "x"),
                new Attempt("/api/articles", "Bearer " + TOKEN.substring(0, 5)),
                new Attempt("/api/articles", "Bearer " + TOKEN.toUpperCase(java.util.Locale.ROOT)),
                new Attempt("/api/articles", "Basic " + TOKEN),
                new Attempt("/api/articles", TOKEN),
                new Attempt("/api/articles", "Bearer "),
                new Attempt("/api/articles?access_token=" + TOKEN, null),
                new Attempt("/api/articles?token=" + TOKEN, "Bearer wrong"),
                new Attempt("/api/articles/", null),
                new Attempt("/api//articles", null),
                new Attempt("/api/articles;x=y", null),
                new Attempt("/api/./articles", null),
                new Attempt("/API/articles", null),
                new Attempt("/api/articles.json", null),
                new Attempt("/api/articles/import/../", null));

        for (Attempt attempt : attempts) {
            Response response = api.json("POST", attempt.path(), body, attempt.authorization());
            assertThat(response.status()).as("POST %s with %s", attempt.path(), attempt.authorization())
                    .isBetween(400, 499);
        }

        assertThat(api.listed("bypass-attempt")).isEmpty();
        assertThat(Files.exists(FOLDER.resolve("bypass-attempt.md"))).isFalse();
    }

    @Test
    void should_accept_the_bearer_scheme_in_any_case_as_rfc_9110_defines_it() {
        for (String authorization : List.of("bearer " + TOKEN, "BEARER " + TOKEN, "Bearer  " + TOKEN)) {
            // given
            Map<String, Object> body = article("Scheme spelling", FERRY_TEXT);
            body.put("id", "scheme-spelling");

            // when
            Response created = api.json("POST", "/api/articles", body, authorization);

            // then
            assertThat(created.status()).as(authorization).isEqualTo(201);
            assertThat(api.json("DELETE", "/api/articles/scheme-spelling", Map.of(), authorization).status())
                    .isEqualTo(204);
        }
    }

    // ---- bad input -------------------------------------------------------------------------------

    @Test
    void should_refuse_bad_input_without_changing_what_is_served() throws IOException {
        String before = api.get("/api/articles").body();
        byte[] tooLarge = new byte[1_500_000];
        java.util.Arrays.fill(tooLarge, (byte) 'a');
        Map<String, Object> hugeJson = article("Huge", "word ".repeat(220_000));
        Map<String, Object> noText = article("Empty", "   \n\n  ");
        Map<String, Object> binary = article("Binary", "Looks fine\u0000but is not.");
        Map<String, Object> badId = article("Bad id", FERRY_TEXT);
        badId.put("id", "../../etc/passwd");
        Map<String, Object> noTitle = article(" ", FERRY_TEXT);
        byte[] notUtf8 = {'O', 'k', ' ', (byte) 0xC3, (byte) 0x28, ' ', 't', 'e', 'x', 't'};

        assertThat(api.upload("POST", "/api/articles", "big.md", tooLarge).status()).isEqualTo(413);
        assertThat(api.json("POST", "/api/articles", hugeJson).status()).isEqualTo(413);
        assertThat(api.json("PUT", "/api/articles/" + ApiClient.SEED_ID, hugeJson).status()).isEqualTo(413);
        assertThat(api.upload("POST", "/api/articles", "story.pdf", "%PDF-1.7".getBytes(StandardCharsets.UTF_8))
                .status()).isEqualTo(415);
        assertThat(api.raw("POST", "/api/articles", "text/plain", "Just text".getBytes(StandardCharsets.UTF_8))
                .status()).isEqualTo(415);
        Response empty = api.json("POST", "/api/articles", noText);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().path("detail").asString()).contains("no paragraphs");
        assertThat(api.json("POST", "/api/articles", binary).status()).isEqualTo(400);
        assertThat(api.json("PUT", "/api/articles/" + ApiClient.SEED_ID, noText).status()).isEqualTo(400);
        assertThat(api.json("POST", "/api/articles", badId).status()).isEqualTo(400);
        assertThat(api.json("POST", "/api/articles", noTitle).status()).isEqualTo(400);
        assertThat(api.upload("POST", "/api/articles", "bad.txt", notUtf8).status()).isEqualTo(400);
        assertThat(api.upload("POST", "/api/articles", "empty.md", new byte[0]).status()).isEqualTo(400);
        assertThat(api.raw("POST", "/api/articles", "application/json", "{not json".getBytes(StandardCharsets.UTF_8))
                .status()).isEqualTo(400);

        assertThat(api.get("/api/articles").body()).isEqualTo(before);
        try (var files = Files.list(FOLDER)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .noneMatch(name -> name.startsWith("big") || name.startsWith("huge") || name.startsWith("empty")
                            || name.startsWith("binary") || name.startsWith("bad") || name.startsWith("story")
                            || name.endsWith(".tmp"));
        }
    }

    // ---- import from a URL -----------------------------------------------------------------------

    @Test
    void should_import_the_article_body_and_metadata_of_a_news_page() {
        Response imported = api.json("POST", "/api/articles/import", Map.of("url", siteUrl("/world/dialogue")));

        assertThat(imported.status()).isEqualTo(201);
        String id = imported.json().path("id").asString();
        assertThat(id).isEqualTo("seoul-and-beijing-agree-to-restart-high-level-economic-dialogue");
        assertThat(imported.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/articles/" + id));
        JsonNode view = api.get("/api/articles/" + id).json();
        assertThat(view.path("title").asString()).isEqualTo("Seoul and Beijing agree to restart high-level economic dialogue");
        assertThat(view.path("byline").asString()).isEqualTo("Mina Park");
        assertThat(view.path("published").asString()).isEqualTo("2025-01-06T08:30:00+09:00");
        assertThat(view.path("source").asString()).isEqualTo("The Harbour Times");
        assertThat(view.path("paragraphs")).hasSize(6);
        String text = view.path("text").asString();
        for (String paragraph : List.of("South Korea and China agreed on Monday", "Under the revived framework",
                "The decision follows months of quiet negotiation.", "Officials said the first meeting",
                "Analysts cautioned that the dialogue", "Still, diplomats on both sides")) {
            assertThat(text).contains(paragraph);
        }
        for (String boilerplate : List.of("cookie", "Subscribe today", "Advertisement", "Share on", "Share this",
                "Read more", "Sign up", "Related stories", "Tariff talks stall", "About time", "Most read",
                "All rights reserved")) {
            assertThat(text).doesNotContainIgnoringCase(boilerplate);
        }
        assertThat(Files.exists(FOLDER.resolve(id + ".md"))).isTrue();
    }

    @Test
    void should_import_under_an_explicit_id_through_redirects_within_the_bound() {
        Response imported = api.json("POST", "/api/articles/import",
                Map.of("url", siteUrl("/redirect/3"), "id", "dialogue-via-redirects"));

        assertThat(imported.status()).isEqualTo(201);
        assertThat(imported.json().path("id").asString()).isEqualTo("dialogue-via-redirects");
    }

    @Test
    void should_explain_why_a_url_could_not_be_imported() {
        Response noArticle = api.json("POST", "/api/articles/import", Map.of("url", siteUrl("/world")));
        Response upstream404 = api.json("POST", "/api/articles/import", Map.of("url", siteUrl("/gone")));
        Response refused = api.json("POST", "/api/articles/import",
                Map.of("url", "http://127.0.0.1:" + ApiClient.closedPort() + "/story"));
        Response tooManyRedirects = api.json("POST", "/api/articles/import", Map.of("url", siteUrl("/redirect/4")));
        Response fileUrl = api.json("POST", "/api/articles/import", Map.of("url", "file:///etc/passwd"));
        Response unauthorised = api.json("POST", "/api/articles/import", Map.of("url", siteUrl("/world/dialogue")), null);

        assertThat(noArticle.status()).isEqualTo(422);
        assertThat(upstream404.status()).isEqualTo(502);
        assertThat(upstream404.json().path("detail").asString()).contains("404");
        assertThat(refused.status()).isEqualTo(502);
        assertThat(refused.json().path("detail").asString()).contains("refused");
        assertThat(tooManyRedirects.status()).isEqualTo(400);
        assertThat(fileUrl.status()).isEqualTo(400);
        assertThat(unauthorised.status()).isEqualTo(401);
    }

    @Test
    void should_keep_reads_open_without_a_token() {
        assertThat(api.get("/api/articles").status()).isEqualTo(200);
        assertThat(api.get("/api/articles/" + ApiClient.SEED_ID).status()).isEqualTo(200);
        assertThat(api.get("/api/articles/" + ApiClient.SEED_ID + "/versions").status()).isEqualTo(200);
        assertThat(api.ask("How long was the visit?", null).status()).isEqualTo(200);
    }

    private static String siteUrl(String path) {
        return "http://127.0.0.1:" + site.getAddress().getPort() + path;
    }

    private static void serveNewsSite(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.startsWith("/redirect/")) {
                int left = Integer.parseInt(path.substring("/redirect/".length()));
                exchange.getResponseHeaders().set("Location", left == 1 ? "/world/dialogue" : "/redirect/" + (left - 1));
                exchange.sendResponseHeaders(301, -1);
                return;
            }
            String page = switch (path) {
                case "/world/dialogue" -> ApiClient.resource("/import/news-page.html");
                case "/world" -> ApiClient.resource("/import/section-front.html");
                default -> null;
            };
            byte[] body = (page == null ? "<html><body>Not found</body></html>" : page).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(page == null ? 404 : 200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
