package com.articlechat.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.articlechat.Application;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code --eval=FILE} run as the command line runs it (no web server, Ollama unreachable so answers
 * are extractive): every question goes through the hybrid pipeline and both baselines, the scores
 * are printed side by side, and the JSON report holds them.
 */
class EvalCommandIT {

    private static final Path SEED_ARTICLE = Path.of("src/test/resources/articles/korea-china-visit.md");
    // Two questions worded like their gold paragraphs (6 and 3) and one the article cannot answer.
    private static final Path QUESTIONS = Path.of("src/test/resources/eval/eval-command-questions.jsonl");

    @Test
    void should_score_the_pipeline_and_both_baselines_and_write_the_report(@TempDir Path dir) throws IOException {
        // given
        Path knowledge = Files.createDirectories(dir.resolve("knowledge"));
        Files.copy(SEED_ARTICLE, knowledge.resolve("korea-china-visit.md"));
        Path report = dir.resolve("out/eval-report.json");

        // when
        String printed = printedWhileRunning("--eval=" + QUESTIONS.toAbsolutePath(),
                "--articlechat.knowledge.dir=" + knowledge,
                "--articlechat.eval.out=" + report,
                "--articlechat.ollama.base-url=" + closedPortUrl());

        // then
        JsonNode json = JsonMapper.builder().build().readTree(report.toFile());
        Map<String, JsonNode> summaries = new LinkedHashMap<>();
        json.path("summaries").forEach(s -> summaries.put(s.path("pipeline").asString(), s));
        assertThat(summaries).containsOnlyKeys("hybrid", "search-only", "vector-only", "bm25-only");
        summaries.values().forEach(summary -> {
            assertThat(summary.path("inScope").asInt()).isEqualTo(2);
            assertThat(summary.path("outOfScope").asInt()).isEqualTo(1);
            assertThat(summary.path("recallAt3").asDouble()).as(summary.toString()).isEqualTo(1.0);
        });
        JsonNode hybrid = summaries.get("hybrid");
        assertThat(hybrid.path("recallAt1").asDouble()).as(hybrid.toString()).isEqualTo(1.0);
        assertThat(hybrid.path("mrr").asDouble()).isEqualTo(1.0);
        assertThat(hybrid.path("containsRate").asDouble()).isEqualTo(1.0);
        assertThat(hybrid.path("refusalAccuracy").asDouble()).as("the out-of-scope question is refused")
                .isEqualTo(1.0);
        assertThat(json.path("scores").path("hybrid")).hasSize(3);
        assertThat(json.path("index").path("articles").asInt()).isEqualTo(1);
        assertThat(json.path("evidence").propertyNames()).containsExactly("e1", "e2", "o1");

        assertThat(printed).contains("Index: 1 articles")
                .containsPattern("metric\\s+hybrid\\s+search-only\\s+vector-only\\s+bm25-only")
                .containsPattern("recall@1\\s+1\\.000")
                .contains("Scope: each question within its article", "refusal accuracy", "p95 ms", "(2 in-scope, 1 out-of-scope questions)")
                .contains("Report written to " + report.toAbsolutePath());
    }

    @Test
    void should_ask_each_question_within_its_article_unless_told_to_search_all(@TempDir Path dir) throws IOException {
        // given: a second article worded like the questions, which wins them when every article is searched
        Path knowledge = Files.createDirectories(dir.resolve("knowledge"));
        Files.copy(SEED_ARTICLE, knowledge.resolve("korea-china-visit.md"));
        Files.writeString(knowledge.resolve("look-alike.md"), """
                ---
                title: "Which cities does the visit include stops in"
                ---
                Lee's visit includes stops in which cities, a question many asked.

                What trade has hovered around the $300 billion mark after peaking in 2022 was asked again.
                """);
        Path everywhere = dir.resolve("all.json");
        Path scoped = dir.resolve("scoped.json");

        // when
        String printed = printedWhileRunning("--eval=" + QUESTIONS.toAbsolutePath(),
                "--articlechat.knowledge.dir=" + knowledge, "--articlechat.eval.out=" + everywhere,
                "--articlechat.eval.scoped=false", "--articlechat.ollama.base-url=" + closedPortUrl());
        printedWhileRunning("--eval=" + QUESTIONS.toAbsolutePath(), "--articlechat.knowledge.dir=" + knowledge,
                "--articlechat.eval.out=" + scoped, "--articlechat.ollama.base-url=" + closedPortUrl());

        // then
        JsonMapper mapper = JsonMapper.builder().build();
        assertThat(citedByAnyPipeline(mapper.readTree(everywhere.toFile())))
                .as("across all articles the look-alike is found").anyMatch(key -> key.startsWith("look-alike#"));
        JsonNode report = mapper.readTree(scoped.toFile());
        assertThat(report.path("scoped").asBoolean()).isTrue();
        assertThat(citedByAnyPipeline(report)).isNotEmpty().allMatch(key -> key.startsWith("korea-china-visit#"));
        report.path("summaries").forEach(summary -> assertThat(summary.path("recallAt3").asDouble())
                .as(summary.toString()).isEqualTo(1.0));
        assertThat(printed).contains("Scope: all loaded articles");
    }

    @Test
    void should_refuse_to_score_against_an_article_that_is_not_loaded(@TempDir Path dir) throws IOException {
        // given
        Path knowledge = Files.createDirectories(dir.resolve("knowledge"));
        Files.copy(SEED_ARTICLE, knowledge.resolve("korea-china-visit.md"));

        // when / then
        assertThatThrownBy(() -> printedWhileRunning("--eval=" + QUESTIONS.toAbsolutePath(),
                "--articlechat.knowledge.dir=" + knowledge, "--articlechat.eval.article=no-such-article",
                "--articlechat.eval.out=" + dir.resolve("report.json"),
                "--articlechat.ollama.base-url=" + closedPortUrl()))
                .hasStackTraceContaining("'no-such-article', which is not loaded");
        assertThat(dir.resolve("report.json")).doesNotExist();
    }

    @Test
    void should_name_the_line_that_is_not_a_question(@TempDir Path dir) throws IOException {
        // given: a first line as in dev-questions.jsonl, then one with "question" for "q", then broken JSON
        Path knowledge = Files.createDirectories(dir.resolve("knowledge"));
        Files.copy(SEED_ARTICLE, knowledge.resolve("korea-china-visit.md"));
        String first = Files.readAllLines(QUESTIONS).get(0);
        Path misnamed = Files.writeString(dir.resolve("misnamed.jsonl"),
                first + "\n{\"id\":\"x\",\"question\":\"Who did Lee meet?\",\"gold\":[2]}\n");
        Path broken = Files.writeString(dir.resolve("broken.jsonl"), "{\"id\":\"x\", q: broken\n");

        // when / then
        assertThatThrownBy(() -> printedWhileRunning("--eval=" + misnamed, "--articlechat.knowledge.dir=" + knowledge,
                "--articlechat.eval.out=" + dir.resolve("report.json"), "--articlechat.ollama.base-url=" + closedPortUrl()))
                .hasStackTraceContaining("line 2 has no question");
        assertThatThrownBy(() -> printedWhileRunning("--eval=" + broken, "--articlechat.knowledge.dir=" + knowledge,
                "--articlechat.eval.out=" + dir.resolve("report.json"), "--articlechat.ollama.base-url=" + closedPortUrl()))
                .hasStackTraceContaining("line 1 is not JSON");
        assertThat(dir.resolve("report.json")).doesNotExist();
    }

    private static List<String> citedByAnyPipeline(JsonNode report) {
        List<String> cited = new ArrayList<>();
        report.path("scores").forEach(run -> run.forEach(score -> score.path("cited")
                .forEach(key -> cited.add(key.asString()))));
        return cited;
    }

    /** Runs the application as {@code Application.main} does in eval mode, but returns instead of exiting. */
    private static String printedWhileRunning(String... args) {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        // The command prints to System.out, which it reads when it is created: swap it before the start.
        System.setOut(new PrintStream(new Tee(original, captured), true, StandardCharsets.UTF_8));
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.NONE)
                .run(args)) {
            assertThat(context.isActive()).isTrue();
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    /** A loopback address where nothing listens, so the answers are extractive. */
    private static String closedPortUrl() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        }
    }

    /** Writes to the console and to the capture, so a failing run can still be read in the build log. */
    private static final class Tee extends OutputStream {

        private final OutputStream first;
        private final OutputStream second;

        Tee(OutputStream first, OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            first.write(b, off, len);
            second.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            first.flush();
            second.flush();
        }
    }
}
