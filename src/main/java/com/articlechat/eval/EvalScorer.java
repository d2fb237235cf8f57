package com.articlechat.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.articlechat.knowledge.TextNormalizer;

/** Scores one pipeline's outcomes against the gold answers; pure functions, so they are tested alone. */
public final class EvalScorer {

    private EvalScorer() {
    }

    /**
     * What a pipeline did with one question.
     *
     * @param cited paragraphs in citation order, as {@code articleId#paragraph}, without repeats
     */
    public record Outcome(List<String> cited, String answer, boolean answered, double latencyMs, String error) {

        public Outcome(List<String> cited, String answer, boolean answered, double latencyMs) {
            this(cited, answer, answered, latencyMs, null);
        }

        /** The pipeline failed ({@code why}: an exception, an HTTP 5xx): neither an answer nor a refusal. */
        public static Outcome failed(String why, double latencyMs) {
            return new Outcome(List.of(), "", false, latencyMs, why);
        }
    }

    /**
     * One question's scores; in-scope metrics are null for out-of-scope questions and vice versa. An
     * in-scope question that was not answered scores 0 on all of them.
     *
     * @param recallAt1         1 when the first cited paragraph is a gold one, else 0
     * @param recallAt3         1 when a gold paragraph is among the first three cited, else 0
     * @param citedAny          1 when any cited paragraph is gold: a reader following the citations finds it
     * @param reciprocalRank    1/rank of the first gold paragraph cited, 0 when none is
     * @param contains          the answer contains one of {@code expect_any}, as whole words
     * @param citationPrecision the share of cited paragraphs that are gold
     * @param refusedCorrectly  for out-of-scope questions: the pipeline did not answer
     * @param cited             the paragraphs that were scored, so a reader of the report can see why
     * @param error             why the pipeline failed on this question, null when it did not
     * @param articleFirst      1 when the first cited paragraph is in the question's article: across an
     *                          archive, whether the search found the right article, apart from the paragraph
     */
    public record Score(String id, String kind, Double recallAt1, Double recallAt3, Double citedAny,
            Double reciprocalRank, Boolean contains, Double citationPrecision, Boolean refusedCorrectly,
            double latencyMs, List<String> cited, String error, Double articleFirst) {
    }

    /** Averages over a run. */
    public record Summary(String pipeline, int inScope, int outOfScope, double recallAt1, double recallAt3,
            double citedAny, double mrr, double containsRate, double citationPrecision, double refusalAccuracy,
            int errors, double p50Ms, double p95Ms, double articleFirst) {
    }

    public static Score score(EvalQuestion question, String article, Outcome outcome) {
        // A refusal cites nothing and says nothing, whatever text and passages came with it.
        List<String> cited = outcome.answered() ? outcome.cited() : List.of();
        if (question.outOfScope()) {
            return new Score(question.id(), question.kind(), null, null, null, null, null, null,
                    !outcome.answered() && outcome.error() == null, outcome.latencyMs(), cited, outcome.error(), null);
        }
        Set<String> gold = question.gold().stream().map(p -> article + "#" + p).collect(Collectors.toSet());
        double rr = 0;
        for (int i = 0; i < cited.size(); i++) {
            if (gold.contains(cited.get(i))) {
                rr = 1.0 / (i + 1);
                break;
            }
        }
        long relevant = cited.stream().filter(gold::contains).count();
        double precision = cited.isEmpty() ? 0 : (double) relevant / cited.size();
        return new Score(question.id(), question.kind(), recall(gold, cited, 1), recall(gold, cited, 3),
                recall(gold, cited, Integer.MAX_VALUE), rr,
                outcome.answered() && contains(outcome.answer(), question.expectAny()), precision, null,
                outcome.latencyMs(), cited, outcome.error(),
                !cited.isEmpty() && cited.get(0).startsWith(article + "#") ? 1.0 : 0.0);
    }

    public static Summary summarize(String pipeline, List<Score> scores) {
        List<Score> in = scores.stream().filter(s -> s.refusedCorrectly() == null).toList();
        List<Score> out = scores.stream().filter(s -> s.refusedCorrectly() != null).toList();
        List<Double> latencies = new ArrayList<>(scores.stream().map(Score::latencyMs).toList());
        Collections.sort(latencies);
        return new Summary(pipeline, in.size(), out.size(),
                mean(in.stream().map(Score::recallAt1).toList()),
                mean(in.stream().map(Score::recallAt3).toList()),
                mean(in.stream().map(Score::citedAny).toList()),
                mean(in.stream().map(Score::reciprocalRank).toList()),
                mean(in.stream().map(s -> s.contains() ? 1.0 : 0.0).toList()),
                mean(in.stream().map(Score::citationPrecision).toList()),
                mean(out.stream().map(s -> s.refusedCorrectly() ? 1.0 : 0.0).toList()),
                (int) scores.stream().filter(s -> s.error() != null).count(),
                percentile(latencies, 50), percentile(latencies, 95),
                mean(in.stream().map(Score::articleFirst).toList()));
    }

    /**
     * 1 when one of the first {@code k} cited paragraphs is gold. The gold paragraphs of a question are
     * alternatives, each of which answers it, so finding one is enough; dividing by their number
     * would cap recall@1 at 1/2 for a question with two.
     */
    static double recall(Set<String> gold, List<String> cited, int k) {
        return cited.stream().limit(k).anyMatch(gold::contains) ? 1 : 0;
    }

    /**
     * Case- and typography-insensitive ("four-day" matches "four‑day"), on word boundaries, so that
     * "AI" is not found inside "said".
     */
    static boolean contains(String answer, List<String> expectAny) {
        String folded = fold(answer == null ? "" : answer);
        return expectAny.stream().anyMatch(e -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(fold(e))
                + "(?![\\p{L}\\p{N}])").matcher(folded).find());
    }

    /** Nearest-rank percentile of sorted values; 0 when there are none. */
    static double percentile(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static double mean(List<Double> values) {
        return values.isEmpty() ? 0 : values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    private static String fold(String text) {
        return TextNormalizer.normalize(text).toLowerCase(Locale.ROOT);
    }
}
