package com.articlechat.retrieval;

import static com.articlechat.support.ApiClient.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.articlechat.knowledge.ArticleCatalog;
import com.articlechat.support.ApiClient;
import com.articlechat.support.ApiClient.Response;
import tools.jackson.databind.JsonNode;

/**
 * Replacing an article while it is being asked about: every question is answered from exactly one
 * version, old or new, never from a mixture or a half-built index; and an edit re-embeds only what changed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class IndexSwapIT {

    static final Path FOLDER = ApiClient.knowledgeFolderWithSeedArticle();

    private static final int ASKERS = 8;
    private static final int REPLACEMENTS = 20;
    private static final int MAX_QUESTIONS_PER_ASKER = 1_000;
    private static final String QUESTION = "How many cracked bolts did the inspection find on the eastern span?";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("articlechat.knowledge.dir", FOLDER::toString);
        registry.add("articlechat.knowledge.debounce", () -> "200ms");
        registry.add("articlechat.admin-token", () -> ApiClient.TOKEN);
        registry.add("articlechat.ollama.base-url", () -> "http://127.0.0.1:" + ApiClient.closedPort());
    }

    private final ActiveIndex index;
    private final ArticleCatalog catalog;

    @LocalServerPort
    int port;

    IndexSwapIT(@Autowired ActiveIndex index, @Autowired ArticleCatalog catalog) {
        this.index = index;
        this.catalog = catalog;
    }

    @Test
    void should_answer_every_question_from_one_whole_version_while_the_article_is_replaced() throws Exception {
        ApiClient api = new ApiClient(port);
        Map<String, String> textByVersion = new ConcurrentHashMap<>();
        Map<String, Object> first = bridgeArticle(0);
        first.put("id", "harbour-bridge");
        Response created = api.json("POST", "/api/articles", first);
        assertThat(created.status()).isEqualTo(201);
        textByVersion.put(created.json().path("version").asString(), (String) first.get("text"));

        // given eight readers asking about the article without pause
        AtomicBoolean replacing = new AtomicBoolean(true);
        ConcurrentLinkedQueue<Response> answers = new ConcurrentLinkedQueue<>();
        ExecutorService askers = Executors.newFixedThreadPool(ASKERS);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < ASKERS; i++) {
            running.add(askers.submit(() -> {
                for (int n = 0; n < MAX_QUESTIONS_PER_ASKER && replacing.get(); n++) {
                    answers.add(api.ask(QUESTION, "harbour-bridge"));
                }
            }));
        }

        // when the article is replaced twenty times
        try {
            for (int i = 1; i <= REPLACEMENTS; i++) {
                Map<String, Object> next = bridgeArticle(i);
                Response replaced = api.json("PUT", "/api/articles/harbour-bridge", next);
                assertThat(replaced.status()).isEqualTo(200);
                textByVersion.put(replaced.json().path("version").asString(), (String) next.get("text"));
                Thread.sleep(40);
            }
            // The first answers wait for the word-by-word model to load; enough are asked either way.
            ApiClient.eventually(java.time.Duration.ofSeconds(60), "enough answers", answers::size,
                    n -> n > ASKERS * 5);
        } finally {
            replacing.set(false);
            askers.shutdown();
        }
        assertThat(askers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        for (Future<?> asker : running) {
            asker.get(); // surfaces a failed HTTP call
        }

        // then nothing failed, and each answer quotes one version it really belongs to
        assertThat(answers).hasSizeGreaterThan(ASKERS * 5).allSatisfy(a -> assertThat(a.status()).isEqualTo(200));
        Set<String> versionsSeen = new HashSet<>();
        for (Response answer : answers) {
            JsonNode citations = answer.json().path("citations");
            Set<String> versions = new HashSet<>();
            citations.forEach(c -> versions.add(c.path("articleVersion").asString()));
            assertThat(versions).as("versions cited by one answer").hasSizeLessThanOrEqualTo(1);
            for (JsonNode citation : citations) {
                String text = textByVersion.get(citation.path("articleVersion").asString());
                assertThat(text).as("text of cited version %s", citation.path("articleVersion").asString()).isNotNull();
                assertThat(text).contains(citation.path("quote").asString());
            }
            versionsSeen.addAll(versions);
        }
        assertThat(versionsSeen).as("the readers saw the article change").hasSizeGreaterThan(1);
    }

    @Test
    void should_embed_only_the_sentences_an_edit_changed() {
        ApiClient api = new ApiClient(port);
        String p1 = "The tidal lagoon scheme off Swansea Bay would generate power from the rise and fall of the sea.";
        String p2a = "Engineers estimate the turbines could run for fourteen hours a day.";
        String p2b = "The first turbine housing would be floated into place in the second year of work.";
        String p3 = "Opponents worry about silt building up inside the sea wall. They also question the cost.";
        Map<String, Object> original = article("Tidal lagoon plan revived", String.join("\n\n", p1, p2a + " " + p2b, p3));
        original.put("id", "tidal-lagoon");
        assertThat(api.json("POST", "/api/articles", original).status()).isEqualTo(201);

        // when one sentence of one paragraph changes
        String p2aEdited = "Engineers now estimate the turbines could run for sixteen hours a day.";
        assertThat(api.json("PUT", "/api/articles/tidal-lagoon", article("Tidal lagoon plan revived",
                String.join("\n\n", p1, p2aEdited + " " + p2b, p3))).status()).isEqualTo(200);

        // then that sentence alone is embedded, while the index holds every sentence
        assertThat(index.stats().embedded()).isEqualTo(1);
        assertThat(index.stats().sentences()).isEqualTo(servedSentences());

        // and a rewritten two-sentence paragraph costs two
        String p3Rewritten = "Fishermen fear the sea wall will block salmon runs. The council promised a study.";
        assertThat(api.json("PUT", "/api/articles/tidal-lagoon", article("Tidal lagoon plan revived",
                String.join("\n\n", p1, p2aEdited + " " + p2b, p3Rewritten))).status()).isEqualTo(200);
        assertThat(index.stats().embedded()).isEqualTo(2);
        assertThat(index.stats().sentences()).isEqualTo(servedSentences());
    }

    private int servedSentences() {
        return catalog.articles().stream().mapToInt(a -> a.sentences().size()).sum();
    }

    /** Version {@code n} of the bridge article: the same story with its own inspection result. */
    private static Map<String, Object> bridgeArticle(int n) {
        String text = "The harbour bridge was closed to lorries last week while engineers inspected its steel spans."
                + "\n\nInspection round " + n + " found " + (n + 3) + " cracked bolts on the eastern span of the"
                + " harbour bridge."
                + "\n\nThe port authority said the bridge would stay open to cars and buses during the repairs.";
        return article("Harbour bridge inspection", text);
    }
}
