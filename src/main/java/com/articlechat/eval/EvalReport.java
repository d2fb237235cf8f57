package com.articlechat.eval;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints an evaluation run as plain-text tables: per question, then the pipelines side by side. */
final class EvalReport {

    // Wide enough for "vector-only (r@1 r@3 rr has ms)", so the columns line up under their headers.
    private static final int CELL = 31;

    private EvalReport() {
    }

    static void print(PrintStream out, List<EvalQuestion> questions, Map<String, List<EvalScorer.Score>> scores,
            List<EvalScorer.Summary> summaries) {
        out.println();
        int idWidth = Math.max(6, questions.stream().mapToInt(q -> q.id().length()).max().orElse(6));
        out.printf(Locale.ROOT, "%-" + idWidth + "s %-13s", "id", "kind");
        scores.keySet().forEach(p -> out.printf(Locale.ROOT, " | %-" + CELL + "s", p + " (r@1 r@3 rr has ms)"));
        out.println();
        for (int i = 0; i < questions.size(); i++) {
            out.printf(Locale.ROOT, "%-" + idWidth + "s %-13s", questions.get(i).id(), questions.get(i).kind());
            for (List<EvalScorer.Score> run : scores.values()) {
                out.print(" | " + cell(run.get(i)));
            }
            out.println();
        }
        out.println();
        out.printf(Locale.ROOT, "%-20s", "metric");
        summaries.forEach(s -> out.printf(Locale.ROOT, " %12s", s.pipeline()));
        out.println();
        row(out, "article first", summaries, EvalScorer.Summary::articleFirst);
        row(out, "recall@1", summaries, EvalScorer.Summary::recallAt1);
        row(out, "recall@3", summaries, EvalScorer.Summary::recallAt3);
        row(out, "cited any gold", summaries, EvalScorer.Summary::citedAny);
        row(out, "MRR", summaries, EvalScorer.Summary::mrr);
        row(out, "answer contains", summaries, EvalScorer.Summary::containsRate);
        row(out, "citation precision", summaries, EvalScorer.Summary::citationPrecision);
        row(out, "refusal accuracy", summaries, EvalScorer.Summary::refusalAccuracy);
        row(out, "errors", summaries, EvalScorer.Summary::errors);
        row(out, "p50 ms", summaries, EvalScorer.Summary::p50Ms);
        row(out, "p95 ms", summaries, EvalScorer.Summary::p95Ms);
        out.printf(Locale.ROOT, "(%d in-scope, %d out-of-scope questions)%n", summaries.get(0).inScope(),
                summaries.get(0).outOfScope());
    }

    /**
     * One line per article: for each pipeline, the share of in-scope questions whose first citation
     * holds the answer, whose citations hold it anywhere, and of out-of-scope questions turned away.
     */
    static void printByArticle(PrintStream out, Map<String, Map<String, EvalScorer.Summary>> byArticle) {
        if (byArticle.isEmpty()) {
            return;
        }
        out.println();
        int width = Math.max(7, byArticle.keySet().stream().mapToInt(String::length).max().orElse(7));
        out.printf(Locale.ROOT, "%-" + width + "s %3s %3s", "article", "in", "out");
        byArticle.values().iterator().next().keySet()
                .forEach(p -> out.printf(Locale.ROOT, " | %-17s", p + " (1st any out)"));
        out.println();
        byArticle.forEach((article, perPipeline) -> {
            EvalScorer.Summary first = perPipeline.values().iterator().next();
            out.printf(Locale.ROOT, "%-" + width + "s %3d %3d", article, first.inScope(), first.outOfScope());
            perPipeline.values().forEach(s -> out.printf(Locale.ROOT, " | %4.2f %4.2f %4.2f    ", s.recallAt1(),
                    s.citedAny(), s.refusalAccuracy()));
            out.println();
        });
    }

    /** What retrieval saw for each question: the inputs of the rule that decides "not in the article". */
    static void printEvidence(PrintStream out, List<EvalQuestion> questions,
            Map<String, com.articlechat.retrieval.Retrieval> evidence) {
        out.println();
        out.printf(Locale.ROOT, "%-6s %-13s %10s %9s %11s  %s%n", "id", "kind", "topCosine", "coverage", "answerable",
                "passages found, best first (article#paragraph)");
        for (EvalQuestion question : questions) {
            com.articlechat.retrieval.Retrieval r = evidence.get(question.id());
            String found = String.join(" ", r.passages().stream()
                    .map(p -> p.articleId() + "#" + p.paragraph().number()).toList());
            out.printf(Locale.ROOT, "%-6s %-13s %10.3f %9.3f %11s  %s%n", question.id(), question.kind(), r.topCosine(),
                    r.coverage(), r.answerable(), found);
        }
    }

    private static String cell(EvalScorer.Score s) {
        if (s.error() != null) {
            return String.format(Locale.ROOT, "%-" + CELL + "s", "ERROR " + s.error()).substring(0, CELL);
        }
        if (s.refusedCorrectly() != null) {
            return String.format(Locale.ROOT, "%-" + CELL + "s", String.format(Locale.ROOT, "%-8s %6.1f",
                    s.refusedCorrectly() ? "refused" : "ANSWERED", s.latencyMs()));
        }
        return String.format(Locale.ROOT, "%-" + CELL + "s", String.format(Locale.ROOT, "%3.1f %3.1f %4.2f %-3s %6.1f",
                s.recallAt1(), s.recallAt3(), s.reciprocalRank(), s.contains() ? "yes" : "no", s.latencyMs()));
    }

    private static void row(PrintStream out, String name, List<EvalScorer.Summary> summaries,
            java.util.function.ToDoubleFunction<EvalScorer.Summary> metric) {
        out.printf(Locale.ROOT, "%-20s", name);
        summaries.forEach(s -> out.printf(Locale.ROOT, " %12.3f", metric.applyAsDouble(s)));
        out.println();
    }
}
