package com.articlechat.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.time.Duration;
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
    static final String HYBRID_SEARCH = "search-only";
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
        List<EvalQuestion> asked = EvalQuestions.read(file, json);
        // Scores are only comparable over the whole index.
        index.awaitReady(Duration.ofDays(1));
        requireLoaded(asked);
        IndexStats stats = index.stats();
        out.printf(Locale.ROOT, "Index: %d articles, %d sentences, built in %.0f ms%n", stats.articles(),
                stats.sentences(), stats.buildMs());
        out.println(properties.scoped() ? "Scope: each question within its article"
                : "Scope: all loaded articles");
        List<EvalQuestion> questions = asked.stream()
                .map(q -> GoldParagraphs.resolve(q, paragraphTexts(articleOf(q))))
                .toList();

        Map<String, BiFunction<String, String, EvalScorer.Outcome>> pipelines = new LinkedHashMap<>();
        Map<String, List<EvalQuestion>> goldFor = new LinkedHashMap<>();
        pipelines.put(HYBRID, this::hybrid);
        // The same search without the answerable verdict: how well it ranks, apart from when it refuses.
        pipelines.put(HYBRID_SEARCH, (q, scope) -> searchOnly(q, scope));
        pipelines.put(VECTOR, (q, scope) -> baseline(() -> baselines.vectorOnly(q, scope)));
        pipelines.put(KEYWORD, (q, scope) -> baseline(() -> baselines.keywordOnly(q, 3, scope)));
        if (properties.compareUrl() != null && !properties.compareUrl().isBlank()) {
            // Another build, over HTTP: its gold paragraphs follow its own numbering of each article.
            RemoteServer remote = new RemoteServer(properties.compareUrl(), json);
            pipelines.put(remote.label(), remote::ask);
            goldFor.put(remote.label(), asked.stream()
                    .map(q -> GoldParagraphs.resolve(q, remote.paragraphs(articleOf(q))))
                    .toList());
        }

        Map<String, List<EvalScorer.Score>> scores = new LinkedHashMap<>();
        for (Map.Entry<String, BiFunction<String, String, EvalScorer.Outcome>> pipeline : pipelines.entrySet()) {
            // Warm-up, so the first timing is not an outlier.
            safely(pipeline.getValue(), questions.get(0));
            List<EvalScorer.Score> run = new ArrayList<>();
            for (EvalQuestion question : goldFor.getOrDefault(pipeline.getKey(), questions)) {
                run.add(EvalScorer.score(question, articleOf(question), safely(pipeline.getValue(), question)));
            }
            scores.put(pipeline.getKey(), run);
        }
        List<EvalScorer.Summary> summaries = scores.entrySet().stream()
                .map(e -> EvalScorer.summarize(e.getKey(), e.getValue()))
                .toList();
        EvalReport.print(out, questions, scores, summaries);
        Map<String, Map<String, EvalScorer.Summary>> byArticle = byArticle(questions, scores);
        EvalReport.printByArticle(out, byArticle);
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
        document.put("byArticle", byArticle);
        document.put("scores", scores);
        document.put("evidence", perQuestion);
        json.writerWithDefaultPrettyPrinter().writeValue(report.toFile(), document);
        out.println("Report written to " + report.toAbsolutePath());
    }

    /**
     * A question that makes a pipeline fail is scored as a failure and the run goes on: a crash on one
     * question is one of the things an evaluation is for finding.
     */
    private EvalScorer.Outcome safely(BiFunction<String, String, EvalScorer.Outcome> pipeline, EvalQuestion question) {
        long start = System.nanoTime();
        try {
            return pipeline.apply(question.q(), scopeOf(question));
        } catch (RuntimeException e) {
            return EvalScorer.Outcome.failed(e.getClass().getSimpleName() + ": " + e.getMessage(),
                    (System.nanoTime() - start) / 1e6);
        }
    }

    /** Each article's summary per pipeline, articles in the order the questions first name them. */
    private Map<String, Map<String, EvalScorer.Summary>> byArticle(List<EvalQuestion> questions,
            Map<String, List<EvalScorer.Score>> scores) {
        Map<String, Map<String, EvalScorer.Summary>> result = new LinkedHashMap<>();
        for (String article : questions.stream().map(this::articleOf).distinct().toList()) {
            Map<String, EvalScorer.Summary> perPipeline = new LinkedHashMap<>();
            scores.forEach((pipeline, run) -> {
                List<EvalScorer.Score> mine = new ArrayList<>();
                for (int i = 0; i < questions.size(); i++) {
                    if (articleOf(questions.get(i)).equals(article)) {
                        mine.add(run.get(i));
                    }
                }
                perPipeline.put(pipeline, EvalScorer.summarize(pipeline, mine));
            });
            result.put(article, perPipeline);
        }
        return result;
    }

    private List<String> paragraphTexts(String article) {
        return retriever.scope(article).get(0).paragraphs().stream().map(p -> p.text()).toList();
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

    private EvalScorer.Outcome searchOnly(String question, String scope) {
        long start = System.nanoTime();
        Retrieval found = retriever.search(question, scope);
        double ms = (System.nanoTime() - start) / 1e6;
        List<String> cited = found.passages().stream().limit(3)
                .map(p -> p.articleId() + "#" + p.paragraph().number())
                .toList();
        String text = String.join(" ", found.passages().stream().limit(3).map(p -> p.paragraph().text()).toList());
        return new EvalScorer.Outcome(cited, text, !cited.isEmpty(), ms);
    }

    private static EvalScorer.Outcome baseline(java.util.function.Supplier<List<RetrievalBaselines.Found>> search) {
        long start = System.nanoTime();
        List<RetrievalBaselines.Found> found = search.get();
        double ms = (System.nanoTime() - start) / 1e6;
        String text = String.join(" ", found.stream().map(RetrievalBaselines.Found::text).toList());
        return new EvalScorer.Outcome(RetrievalBaselines.paragraphs(found), text, !found.isEmpty(), ms);
    }
}
