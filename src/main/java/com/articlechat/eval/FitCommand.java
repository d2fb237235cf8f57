package com.articlechat.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import com.articlechat.knowledge.Article;
import com.articlechat.knowledge.TextNormalizer;
import com.articlechat.retrieval.LogisticModel;
import com.articlechat.retrieval.ActiveIndex;
import com.articlechat.retrieval.ModelFitting;
import com.articlechat.retrieval.PassageRetriever;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code --fit-models=questions.jsonl}: fits the ranking model on which sentences hold each question's
 * evidence, then the answerability model on which questions are answerable, as the new ranking sees
 * them, and writes both to {@code articlechat.eval.fit-out} (the resource folder, by default). Every
 * question is asked within its article; run it on the calibration half only.
 */
@Component
@ConditionalOnProperty("fit-models")
class FitCommand implements ApplicationRunner {

    // Weak regularisation: a few thousand rows and a handful of signals.
    private static final double L2 = 1.0;
    // The answerability signals overlap (the best sentence's log-odds is made of its cosine and word
    // scores): stronger regularisation keeps their weights from offsetting each other on 150 rows.
    private static final double ANSWERABLE_L2 = 20.0;

    private final ModelFitting fitting;
    private final ActiveIndex index;
    private final PassageRetriever retriever;
    private final EvalProperties properties;
    private final JsonMapper json;
    private final PrintStream out = System.out;

    FitCommand(ModelFitting fitting, PassageRetriever retriever, EvalProperties properties, JsonMapper json,
            ActiveIndex index) {
        this.fitting = fitting;
        this.index = index;
        this.retriever = retriever;
        this.properties = properties;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Path file = Path.of(args.getOptionValues("fit-models").get(0));
        index.awaitReady(Duration.ofDays(1));
        List<EvalQuestion> questions = EvalQuestions.read(file, json);

        // 1. Ranking: every sentence of the article, labelled by whether it holds the evidence.
        List<double[]> rows = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        for (EvalQuestion question : questions) {
            if (question.outOfScope() || question.evidence().isEmpty()) {
                continue;
            }
            for (ModelFitting.SentenceRow row : fitting.sentences(question.q(), articleOf(question))) {
                rows.add(row.signals());
                labels.add(question.evidence().stream().anyMatch(e -> overlaps(row.text(), e)));
            }
        }
        LogisticModel ranking = fitting.fitRanking(rows, labels, L2);
        out.printf(Locale.ROOT, "Ranking model: %d sentences, %d holding evidence%n", rows.size(),
                labels.stream().filter(b -> b).count());
        fitting.use(ranking, fitting.answerable());

        // 2. Answerability: one row per question, with the signals the new ranking gives; and each
        //    answerable question once more, asked of another article, as an off-topic one. A question set
        //    written about each article holds on-topic questions it leaves open, but readers also ask
        //    what the article is not about at all ("What is the GDP of Brazil?").
        List<double[]> signals = new ArrayList<>();
        List<Boolean> answerable = new ArrayList<>();
        List<String> articles = questions.stream().map(this::articleOf).distinct().toList();
        for (EvalQuestion question : questions) {
            signals.add(fitting.answerSignals(question.q(), articleOf(question)));
            answerable.add(!question.outOfScope());
        }
        int onTopic = signals.size();
        if (articles.size() > 1) {
            for (EvalQuestion question : questions) {
                if (!question.outOfScope()) {
                    String other = articles.get((articles.indexOf(articleOf(question)) + 1) % articles.size());
                    signals.add(fitting.answerSignals(question.q(), other));
                    answerable.add(false);
                }
            }
        }
        LogisticModel fitted = fitting.fitAnswerable(signals, answerable, ANSWERABLE_L2);
        LogisticModel decision = fitted.withThresholds(threshold(fitted, signals, answerable, properties.fitRecall()),
                threshold(fitted, signals, answerable, properties.fitGateRecall()));
        fitting.use(ranking, decision);
        report(decision, signals.subList(0, onTopic), answerable.subList(0, onTopic));
        report(decision, signals.subList(onTopic, signals.size()), answerable.subList(onTopic, signals.size()));
        writeSignals(folder(), questions, signals.subList(0, onTopic));

        Path folder = folder();
        String source = "Fitted by --fit-models=" + file + " on " + questions.size() + " questions";
        Files.writeString(folder.resolve("sentence-ranking.tsv"), ranking.toTsv(List.of(
                "Logistic regression: does a sentence hold the answer? Signals: see SentenceRanking.", source)),
                StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("answerable.tsv"), decision.toTsv(List.of(
                "Logistic regression: does the article answer the question? Signals: see AnswerSignals.",
                "threshold: the highest probability that still accepts " + properties.fitRecall()
                        + " of the answerable questions; gate (below which the LLM is not asked): "
                        + properties.fitGateRecall() + " of them.", source + ", and each answerable one asked of another"
                        + " article as an off-topic question")),
                StandardCharsets.UTF_8);
        out.println("Models written to " + folder.toAbsolutePath());
    }

    /**
     * The decision threshold: the highest that still accepts the wanted share of answerable questions.
     * Refusing a question the article answers costs a reader more than quoting for one it does not,
     * where the quote shows its own relevance; so recall on answerable questions is fixed, and as many
     * unanswerable ones as possible are turned away at that recall.
     */
    private static double threshold(LogisticModel model, List<double[]> signals, List<Boolean> answerable,
            double recall) {
        double[] positives = new double[(int) answerable.stream().filter(b -> b).count()];
        int k = 0;
        for (int i = 0; i < signals.size(); i++) {
            if (answerable.get(i)) {
                positives[k++] = model.probability(signals.get(i));
            }
        }
        Arrays.sort(positives);
        int rejected = (int) Math.floor((1 - recall) * positives.length);
        return positives.length == 0 ? 0.5 : positives[rejected] - 1e-9;
    }

    private void report(LogisticModel model, List<double[]> signals, List<Boolean> answerable) {
        int accepted = 0;
        int refused = 0;
        for (int i = 0; i < signals.size(); i++) {
            boolean yes = model.probability(signals.get(i)) >= model.threshold();
            if (answerable.get(i) && yes) {
                accepted++;
            }
            if (!answerable.get(i) && !yes) {
                refused++;
            }
        }
        long in = answerable.stream().filter(b -> b).count();
        out.printf(Locale.ROOT, "Answerability model: threshold %.3f; on these questions %d/%d answerable accepted,"
                + " %d/%d unanswerable refused%n", model.threshold(), accepted, in, refused, answerable.size() - in);
    }

    private Path folder() throws IOException {
        return Files.createDirectories(properties.fitOut());
    }

    /** The answerability signals of each question, for a look at how they separate the two kinds. */
    private static void writeSignals(Path folder, List<EvalQuestion> questions, List<double[]> signals)
            throws IOException {
        StringBuilder tsv = new StringBuilder("id\tkind\t" + String.join("\t", ModelFitting.ANSWER_SIGNALS) + "\n");
        for (int i = 0; i < questions.size(); i++) {
            tsv.append(questions.get(i).id()).append('\t').append(questions.get(i).kind());
            for (double value : signals.get(i)) {
                tsv.append(String.format(Locale.ROOT, "\t%.4f", value));
            }
            tsv.append('\n');
        }
        Files.writeString(folder.resolve("answerable-signals.tsv.txt"), tsv, StandardCharsets.UTF_8);
    }

    /** Whether {@code sentence} holds the evidence, or four words running of it (a quote across two). */
    static boolean overlaps(String sentence, String evidence) {
        String text = fold(sentence);
        String[] words = fold(evidence).split(" ");
        int window = Math.min(4, words.length);
        for (int i = 0; i + window <= words.length; i++) {
            if (text.contains(String.join(" ", Arrays.copyOfRange(words, i, i + window)))) {
                return true;
            }
        }
        return false;
    }

    private static String fold(String text) {
        return TextNormalizer.normalize(text).toLowerCase(Locale.ROOT);
    }

    private String articleOf(EvalQuestion question) {
        String id = question.article() != null ? question.article() : properties.article();
        List<Article> scope = retriever.scope(id);
        return scope.get(0).id();
    }
}
