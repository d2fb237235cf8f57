package com.articlechat.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import com.articlechat.answer.Answer;
import com.articlechat.answer.AnswerService;
import com.articlechat.answer.Citation;
import com.articlechat.knowledge.UnknownArticleException;
import com.articlechat.retrieval.ActiveIndex;
import com.articlechat.retrieval.IndexStats;
import com.articlechat.retrieval.PassageRetriever;
import com.articlechat.retrieval.Retrieval;
import com.articlechat.retrieval.RetrievalBaselines;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code --eval=questions.jsonl}: asks every question of the file through the configured pipeline
 * and through two baselines over the same index, and prints and saves the scores side by side.
 * Each question is asked within its article, as the chat page asks about the article on screen,
 * with every other loaded article still in the index; {@code articlechat.eval.scoped=false} asks
 * across all of them, as a REST client that names no article does.
 */
@Component
@ConditionalOnProperty("eval")
class EvalCommand implements ApplicationRunner {

    static final String HYBRID = "hybrid";
    static final String VECTOR = "vector-only";
    static final String KEYWORD = "bm25-only";

    private final AnswerService answers;
    private final RetrievalBaselines baselines;
    private final ActiveIndex index;
    private final PassageRetriever retriever;
    private final EvalProperties properties;
    private final JsonMapper json;
    private final PrintStream out = System.out;

    EvalCommand(AnswerService answers, RetrievalBaselines baselines, ActiveIndex index, PassageRetriever retriever,
            EvalProperties properties, JsonMapper json) {
        this.retriever = retriever;
        this.answers = answers;
        this.baselines = baselines;
        this.index = index;
        this.properties = properties;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Path file = Path.of(args.getOptionValues("eval").get(0));
        List<EvalQuestion> questions = read(file);
        requireLoaded(questions);
        IndexStats stats = index.stats();
        out.printf(Locale.ROOT, "Index: %d articles, %d sentences, built in %.0f ms%n", stats.articles(),
                stats.sentences(), stats.buildMs());
        out.println(properties.scoped() ? "Scope: each question within its article"
                : "Scope: all loaded articles");

        Map<String, BiFunction<String, String, EvalScorer.Outcome>> pipelines = new LinkedHashMap<>();
        pipelines.put(HYBRID, this::hybrid);
        pipelines.put(VECTOR, (q, scope) -> baseline(() -> baselines.vectorOnly(q, scope)));
        pipelines.put(KEYWORD, (q, scope) -> baseline(() -> baselines.keywordOnly(q, 3, scope)));

        Map<String, List<EvalScorer.Score>> scores = new LinkedHashMap<>();
        for (Map.Entry<String, BiFunction<String, String, EvalScorer.Outcome>> pipeline : pipelines.entrySet()) {
            // Warm-up, so the first timing is not an outlier.
            pipeline.getValue().apply(questions.get(0).q(), scopeOf(questions.get(0)));
            List<EvalScorer.Score> run = new ArrayList<>();
            for (EvalQuestion question : questions) {
                run.add(EvalScorer.score(question, articleOf(question),
                        pipeline.getValue().apply(question.q(), scopeOf(question))));
            }
            scores.put(pipeline.getKey(), run);
        }
        List<EvalScorer.Summary> summaries = scores.entrySet().stream()
                .map(e -> EvalScorer.summarize(e.getKey(), e.getValue()))
                .toList();
        EvalReport.print(out, questions, scores, summaries);
        Map<String, Retrieval> evidence = new LinkedHashMap<>();
        for (EvalQuestion question : questions) {
            evidence.put(question.id(), retriever.search(question.q(), scopeOf(question)));
        }
        EvalReport.printEvidence(out, questions, evidence);
        Path report = properties.out();
        if (report.getParent() != null) {
            Files.createDirectories(report.getParent());
        }
        // Linked maps throughout: the report lists questions and fields in the order they were asked.
        Map<String, Object> perQuestion = new LinkedHashMap<>();
        evidence.forEach((id, r) -> {
            Map<String, Object> seen = new LinkedHashMap<>();
            seen.put("topCosine", r.topCosine());
            seen.put("coverage", r.coverage());
            seen.put("answerable", r.answerable());
            perQuestion.put(id, seen);
        });
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("questions", file.toString());
        document.put("index", stats);
        document.put("scoped", properties.scoped());
        document.put("summaries", summaries);
        document.put("scores", scores);
        document.put("evidence", perQuestion);
        json.writerWithDefaultPrettyPrinter().writeValue(report.toFile(), document);
        out.println("Report written to " + report.toAbsolutePath());
    }

    /**
     * Gold paragraphs are numbers within one article: scored against an article that is not loaded,
     * every question would quietly score zero, so say which one is missing instead.
     */
    private void requireLoaded(List<EvalQuestion> questions) {
        for (String article : questions.stream().map(this::articleOf).distinct().toList()) {
            try {
                retriever.scope(article);
            } catch (UnknownArticleException e) {
                throw new IllegalArgumentException("The questions refer to article '" + article
                        + "', which is not loaded. Load it, or name the questions' article with"
                        + " --articlechat.eval.article or an \"article\" field per question.", e);
            }
        }
    }

    private String articleOf(EvalQuestion question) {
        return question.article() != null ? question.article() : properties.article();
    }

    /** The article a question is asked within, or null for all loaded articles. */
    private String scopeOf(EvalQuestion question) {
        return properties.scoped() ? articleOf(question) : null;
    }

    private EvalScorer.Outcome hybrid(String question, String scope) {
        long start = System.nanoTime();
        Answer answer = answers.ask(question, scope);
        double ms = (System.nanoTime() - start) / 1e6;
        LinkedHashSet<String> cited = new LinkedHashSet<>();
        for (Citation citation : answer.citations()) {
            cited.add(citation.articleId() + "#" + citation.paragraph());
        }
        return new EvalScorer.Outcome(List.copyOf(cited), answer.answer(), answer.answered(), ms);
    }

    private static EvalScorer.Outcome baseline(java.util.function.Supplier<List<RetrievalBaselines.Found>> search) {
        long start = System.nanoTime();
        List<RetrievalBaselines.Found> found = search.get();
        double ms = (System.nanoTime() - start) / 1e6;
        String text = String.join(" ", found.stream().map(RetrievalBaselines.Found::text).toList());
        return new EvalScorer.Outcome(RetrievalBaselines.paragraphs(found), text, !found.isEmpty(), ms);
    }

    private List<EvalQuestion> read(Path file) throws IOException {
        List<EvalQuestion> questions = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                questions.add(parse(file, i + 1, lines.get(i)));
            }
        }
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("No questions in " + file.toAbsolutePath());
        }
        return questions;
    }

    /**
     * One line of the questions file. Question files are written by hand, so a line that is not a
     * question says which line it is, rather than failing later with an empty question.
     */
    private EvalQuestion parse(Path file, int number, String line) {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(file + " line " + number + " is not JSON: " + e.getOriginalMessage(), e);
        }
        if (!node.isObject() || !node.path("q").isString() || node.path("q").asString().isBlank()) {
            throw new IllegalArgumentException(file + " line " + number
                    + " has no question: each line needs a \"q\" field, as in dev-questions.jsonl");
        }
        List<Integer> gold = new ArrayList<>();
        node.path("gold").forEach(g -> gold.add(g.asInt()));
        List<String> expect = new ArrayList<>();
        node.path("expect_any").forEach(e -> expect.add(e.asString()));
        return new EvalQuestion(node.path("id").asString(), node.path("kind").asString(), node.path("q").asString(),
                gold, expect, node.hasNonNull("article") ? node.get("article").asString() : null);
    }
}
