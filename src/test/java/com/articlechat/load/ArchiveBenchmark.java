package com.articlechat.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.articlechat.eval.DistractorGenerator;
import com.articlechat.knowledge.Article;
import com.articlechat.knowledge.ArticleParser;
import com.articlechat.knowledge.Sentence;
import com.articlechat.knowledge.TextNormalizer;
import com.articlechat.support.ApiClient;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The archive benchmark: {@code ./mvnw -q verify -Darchive}. Not a CI test (it takes minutes and
 * its figures depend on the machine). It runs the packaged jar as its own process, the way an
 * operator does, over the seed article alone, among 299 and among 2,000 generated distractors, and
 * prints side by side, in one run:
 * <ul>
 *   <li>ingest speed: sentences embedded per second by the background indexing, against the same
 *       model's raw {@code embedAll} on the same texts in this JVM;</li>
 *   <li>cold start (empty embedding cache) and warm start (cache kept): page served, and index ready;</li>
 *   <li>heap used after a full GC, per 1,000 articles;</li>
 *   <li>latency over HTTP of the seed's dev questions, extractive, scoped and archive-wide, p50/p95.</li>
 * </ul>
 * It writes {@code target/archive-benchmark.md}, from which {@code docs/archive.md} takes its table.
 */
class ArchiveBenchmark {

    private static final int ARCHIVE = 2000;
    private static final int MIDDLE = 299;
    private static final int ROUNDS = 5;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final StringBuilder report = new StringBuilder();

    @Test
    void archive_benchmark() throws Exception {
        Path work = Files.createDirectories(Path.of("target", "archive-benchmark").toAbsolutePath());
        Path distractors = work.resolve("distractors");
        if (!Files.isDirectory(distractors)) {
            new DistractorGenerator().writeTo(Files.createDirectories(distractors), ARCHIVE, 42);
        }
        List<String> questions = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/eval/dev-questions.jsonl"))) {
            if (!line.isBlank()) {
                questions.add(JSON.readTree(line).get("q").asString());
            }
        }
        line("# Archive benchmark");
        line("");
        line("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ", " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + "; the packaged jar with -Xmx2g; no Ollama (extractive answers).");
        line("");

        Path large = folder(work.resolve("knowledge-" + (ARCHIVE + 1)), distractors, ARCHIVE);
        Path middle = folder(work.resolve("knowledge-" + (MIDDLE + 1)), distractors, MIDDLE);
        Path single = folder(work.resolve("knowledge-1"), distractors, 0);
        Path cache = work.resolve("cache");
        deleteRecursively(cache);

        // 1. Raw embedAll of the texts the archive holds, then a cold start that embeds them itself.
        Set<String> texts = distinctSentences(large);
        EmbeddingModel model = new E5SmallV2QuantizedEmbeddingModel();
        List<TextSegment> segments = texts.stream().map(t -> TextSegment.from("passage: " + t)).toList();
        model.embedAll(segments.subList(0, Math.min(200, segments.size()))); // warm-up
        long rawStart = System.nanoTime();
        model.embedAll(segments);
        double rawSeconds = (System.nanoTime() - rawStart) / 1e9;
        double rawRate = texts.size() / rawSeconds;

        Run cold = Run.start(large, cache);
        Run.Ready coldReady = cold.awaitReady();
        JsonNode coldStatus = cold.status();
        double ingestRate = coldStatus.get("sentencesEmbedded").asLong() / coldReady.indexingSeconds();
        Latency largeLatency = cold.latency(questions);
        long largeHeap = cold.heapAfterGc();
        cold.stop();

        Run warm = Run.start(large, cache);
        Run.Ready warmReady = warm.awaitReady();
        long warmEmbedded = warm.status().get("sentencesEmbedded").asLong();
        warm.stop();

        Run mid = Run.start(middle, cache);
        Run.Ready midReady = mid.awaitReady();
        Latency midLatency = mid.latency(questions);
        long midHeap = mid.heapAfterGc();
        mid.stop();

        Run one = Run.start(single, cache);
        one.awaitReady();
        Latency singleLatency = one.latency(questions);
        long singleHeap = one.heapAfterGc();
        one.stop();

        line("## Ingest");
        line("");
        line("| | sentences | seconds | sentences/s |");
        line("|---|---|---|---|");
        line(String.format(Locale.ROOT, "| raw `embedAll`, e5-small-v2, distinct sentences of %,d articles | %,d | %.1f | %.0f |",
                ARCHIVE + 1, texts.size(), rawSeconds, rawRate));
        line(String.format(Locale.ROOT, "| background indexing, cold start, same articles | %,d embedded of %,d | %.1f | %.0f |",
                coldStatus.get("sentencesEmbedded").asLong(), coldStatus.get("sentencesTotal").asLong(),
                coldReady.indexingSeconds(), ingestRate));
        line(String.format(Locale.ROOT, "| ratio | | | **%.2f×** |", ingestRate / rawRate));
        line("");
        line("## Start");
        line("");
        line("| articles | cache | page served | index ready | sentences embedded |");
        line("|---|---|---|---|---|");
        line(String.format(Locale.ROOT, "| %,d | empty (cold) | %.1f s | %.1f s | %,d |", ARCHIVE + 1,
                coldReady.pageSeconds(), coldReady.readySeconds(), coldStatus.get("sentencesEmbedded").asLong()));
        line(String.format(Locale.ROOT, "| %,d | kept (warm) | %.1f s | %.1f s | %,d |", ARCHIVE + 1,
                warmReady.pageSeconds(), warmReady.readySeconds(), warmEmbedded));
        line(String.format(Locale.ROOT, "| %,d | kept (warm) | %.1f s | %.1f s | |", MIDDLE + 1,
                midReady.pageSeconds(), midReady.readySeconds()));
        line("");
        line("## Heap and latency");
        line("");
        line("Heap: used after a full GC, the index ready. Latency: the " + questions.size()
                + " dev questions, " + ROUNDS + " rounds after one warm-up, extractive: over HTTP as a client"
                + " sees it, and the server's retrieval alone (the answer's timings.retrievalMs).");
        line("");
        line("| articles | heap | scoped p50 / p95 | archive-wide p50 / p95 | retrieval alone, scoped | retrieval alone, archive-wide |");
        line("|---|---|---|---|---|---|");
        line(latencyRow(1, singleHeap, singleLatency));
        line(latencyRow(MIDDLE + 1, midHeap, midLatency));
        line(latencyRow(ARCHIVE + 1, largeHeap, largeLatency));
        line("");
        line(String.format(Locale.ROOT, "Heap per 1,000 articles: %.0f MB (from %,d to %,d articles).",
                (largeHeap - midHeap) / 1e6 / ((ARCHIVE - MIDDLE) / 1000.0), MIDDLE + 1, ARCHIVE + 1));
        Files.writeString(Path.of("target", "archive-benchmark.md"), report, StandardCharsets.UTF_8);
        System.out.println(report);
    }

    private static String latencyRow(int articles, long heap, Latency latency) {
        return String.format(Locale.ROOT, "| %,d | %.0f MB | %s / %s | %s / %s | %s / %s | %s / %s |", articles,
                heap / 1e6, Figures.ms(latency.scoped().percentile(50)), Figures.ms(latency.scoped().percentile(95)),
                Figures.ms(latency.archive().percentile(50)), Figures.ms(latency.archive().percentile(95)),
                Figures.ms(latency.scopedSearch().percentile(50)), Figures.ms(latency.scopedSearch().percentile(95)),
                Figures.ms(latency.archiveSearch().percentile(50)), Figures.ms(latency.archiveSearch().percentile(95)));
    }

    private void line(String text) {
        report.append(text).append('\n');
    }

    /** A knowledge folder with the seed article and the first {@code count} distractors. */
    private static Path folder(Path dir, Path distractors, int count) throws IOException {
        deleteRecursively(dir);
        Files.createDirectories(dir);
        Files.copy(Path.of("src/test/resources/articles/" + ApiClient.SEED_ID + ".md"),
                dir.resolve(ApiClient.SEED_ID + ".md"));
        try (Stream<Path> files = Files.list(distractors)) {
            for (Path file : files.sorted().limit(count).toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
        return dir;
    }

    private static Set<String> distinctSentences(Path folder) throws IOException {
        Set<String> texts = new LinkedHashSet<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                Article article = ArticleParser.parse(name.substring(0, name.lastIndexOf('.')), Files.readString(file));
                for (Sentence sentence : article.sentences()) {
                    texts.add(TextNormalizer.normalize(sentence.text()));
                }
            }
        }
        return texts;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Over HTTP, and the server's own retrieval time ({@code timings.retrievalMs}), scoped and archive-wide. */
    private record Latency(Figures scoped, Figures archive, Figures scopedSearch, Figures archiveSearch) {
    }

    /** The packaged application as its own process, on a knowledge folder and an embedding cache. */
    private static final class Run {

        private final Process process;
        private final int port;
        private final long startNanos;

        /** Seconds from the process start to the page served, to the index ready, and of indexing itself. */
        record Ready(double pageSeconds, double readySeconds, double indexingSeconds) {
        }

        private Run(Process process, int port, long startNanos) {
            this.process = process;
            this.port = port;
            this.startNanos = startNanos;
        }

        static Run start(Path knowledge, Path cache) throws IOException {
            Path jar;
            try (Stream<Path> built = Files.list(Path.of("target"))) {
                jar = built.filter(p -> p.getFileName().toString().matches("article-chat-.*\\.jar"))
                        .max(Comparator.comparing(p -> p.getFileName().toString())).orElseThrow();
            }
            int port = ApiClient.closedPort();
            Path log = Files.createTempFile("article-chat-archive-", ".log");
            long start = System.nanoTime();
            Process process = new ProcessBuilder("java", "-Xmx2g", "-jar", jar.toString(), "--server.port=" + port,
                    "--articlechat.knowledge.dir=" + knowledge, "--articlechat.knowledge.watch=false",
                    "--articlechat.index.cache-dir=" + cache,
                    "--articlechat.ollama.base-url=http://127.0.0.1:" + ApiClient.closedPort())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            return new Run(process, port, start);
        }

        Ready awaitReady() throws InterruptedException {
            double page = 0;
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the application exited with " + process.exitValue());
                }
                double seconds = (System.nanoTime() - startNanos) / 1e9;
                if (page == 0 && get("/").map(r -> r.statusCode() == 200).orElse(false)) {
                    page = seconds;
                }
                JsonNode status = page == 0 ? null : status();
                if (status != null && "ready".equals(status.get("state").asString())) {
                    // The pass's own clock: all its sentences, cached or embedded, at its rate.
                    double rate = status.get("sentencesPerSecond").asDouble();
                    return new Ready(page, seconds, rate > 0 ? status.get("sentencesTotal").asLong() / rate : 0);
                }
                if (seconds > 1800) {
                    throw new IllegalStateException("not ready after 30 minutes");
                }
                // The page is timed to a tenth of a second, the index to a second: each poll is work
                // the server does beside the indexing whose pace is measured (the page polls every 2 s).
                Thread.sleep(page == 0 ? 100 : 1000);
            }
        }

        JsonNode status() {
            return get("/api/index").map(r -> JSON.readTree(r.body())).orElse(null);
        }

        Latency latency(List<String> questions) {
            Latency latency = new Latency(new Figures(), new Figures(), new Figures(), new Figures());
            for (int round = 0; round <= ROUNDS; round++) {
                for (String question : questions) {
                    Timed within = ask(question, ApiClient.SEED_ID);
                    Timed across = ask(question, null);
                    if (round > 0) {
                        latency.scoped().add(within.http());
                        latency.scopedSearch().add(within.search());
                        latency.archive().add(across.http());
                        latency.archiveSearch().add(across.search());
                    }
                }
            }
            return latency;
        }

        private record Timed(Duration http, Duration search) {
        }

        private Timed ask(String question, String articleId) {
            String body = articleId == null ? ApiClient.toJson(java.util.Map.of("question", question))
                    : ApiClient.toJson(java.util.Map.of("question", question, "articleId", articleId));
            long start = System.nanoTime();
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url("/api/ask")))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
                }
                Duration http = Duration.ofNanos(System.nanoTime() - start);
                double searchMs = JSON.readTree(response.body()).path("timings").path("retrievalMs").asDouble();
                return new Timed(http, Duration.ofNanos(Math.round(searchMs * 1e6)));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** Heap in use after a full collection, from the process's own metrics. */
        long heapAfterGc() throws IOException, InterruptedException {
            new ProcessBuilder("jcmd", String.valueOf(process.pid()), "GC.run").inheritIO().start()
                    .waitFor(1, TimeUnit.MINUTES);
            Thread.sleep(500);
            String metrics = get("/actuator/prometheus").orElseThrow().body();
            long used = 0;
            for (String line : metrics.split("\n")) {
                if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                    used += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                }
            }
            return used;
        }

        void stop() throws InterruptedException {
            process.destroy();
            process.waitFor(1, TimeUnit.MINUTES);
        }

        private java.util.Optional<HttpResponse<String>> get(String path) {
            try {
                return java.util.Optional.of(HTTP.send(HttpRequest.newBuilder(URI.create(url(path)))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()));
            } catch (IOException e) {
                return java.util.Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return java.util.Optional.empty();
            }
        }

        private String url(String path) {
            return "http://127.0.0.1:" + port + path;
        }
    }
}
