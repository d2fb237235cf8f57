package com.articlechat.retrieval;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import com.articlechat.knowledge.Article;
import com.articlechat.question.QuestionAnalysis;

/**
 * What the eval command's {@code --fit-models} needs from retrieval: each sentence's ranking signals,
 * each question's answerability signals, and fitting both models. The labels (which sentence answers,
 * which question is answerable) come from a question set, which retrieval knows nothing of.
 */
@Component
public class ModelFitting {

    /** The names of the answerability signals, in the order {@link #answerSignals} gives them. */
    public static final List<String> ANSWER_SIGNALS = AnswerSignals.SIGNALS;

    /** One sentence of an article with its ranking signals for a question. */
    public record SentenceRow(int paragraph, String text, double[] signals) {
    }

    private final ActiveIndex activeIndex;
    private final QuestionEncoder questions;
    private final TokenMatcher tokens;
    private final RetrievalProperties properties;
    private final RetrievalModels models;

    ModelFitting(ActiveIndex activeIndex, QuestionEncoder questions, TokenMatcher tokens, RetrievalProperties properties,
            RetrievalModels models) {
        this.activeIndex = activeIndex;
        this.questions = questions;
        this.tokens = tokens;
        this.properties = properties;
        this.models = models;
    }

    /** Every sentence of the article with its ranking signals for {@code question}. */
    public List<SentenceRow> sentences(String question, String articleId) {
        List<SentenceRow> rows = new ArrayList<>();
        for (SentenceRanking.Ranked ranked : rank(question, articleId).ranking().sentences()) {
            rows.add(new SentenceRow(ranked.hit().sentence().paragraph(), ranked.hit().sentence().text(),
                    ranked.signals()));
        }
        return rows;
    }

    /** The answerability signals of {@code question}, as the ranking model now in use finds them. */
    public double[] answerSignals(String question, String articleId) {
        Ranked found = rank(question, articleId);
        return AnswerSignals.of(found.ranking(), found.article(), found.asked(), found.index().keywords());
    }

    public LogisticModel fitRanking(List<double[]> rows, List<Boolean> answers, double l2) {
        return LogisticModel.fit(SentenceRanking.SIGNALS, rows, answers, l2);
    }

    public LogisticModel fitAnswerable(List<double[]> rows, List<Boolean> answerable, double l2) {
        return LogisticModel.fit(AnswerSignals.SIGNALS, rows, answerable, l2);
    }

    /** Serves with these models from now on (in this process only; the files are the lasting copy). */
    public void use(LogisticModel ranking, LogisticModel answerable) {
        models.use(ranking, answerable);
    }

    public LogisticModel answerable() {
        return models.answerable();
    }

    /** A question read once and ranked within its article, on one snapshot of the index. */
    private record Ranked(SearchIndex index, Article article, QuestionAnalysis asked, SentenceRanking.Ranking ranking) {
    }

    private Ranked rank(String question, String articleId) {
        SearchIndex index = activeIndex.current();
        Article article = index.article(articleId).orElseThrow();
        QuestionAnalysis asked = QuestionAnalysis.of(question);
        ReadQuestion read = new ReadQuestion(asked, questions.embed(asked.normalized()),
                TokenMatcher.encode(asked.normalized()));
        return new Ranked(index, article, asked, SentenceRanking.rank(models.ranking(), index, article, read, tokens,
                properties.proximitySlop()));
    }
}
