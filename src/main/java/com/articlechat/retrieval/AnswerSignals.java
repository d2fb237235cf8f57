package com.articlechat.retrieval;

import java.util.List;
import java.util.Set;

import com.articlechat.knowledge.Article;
import com.articlechat.knowledge.TextNormalizer;
import com.articlechat.question.QuestionAnalysis;

/**
 * The signals on which the answerability model ({@code retrieval/answerable.tsv}) decides whether an
 * article answers a question, from the ranked sentences: how sure the ranking is of its best
 * sentence and how far it leads the best of any other paragraph; its meaning and word-in-context
 * scores; how much of the question's vocabulary the article and the best paragraph hold at all (an
 * on-topic question the article does not answer tends to ask for something it never names); and
 * whether the kind of answer asked for is missing from the best paragraphs.
 */
final class AnswerSignals {

    static final List<String> SIGNALS = List.of("best", "margin", "cosine", "tokens", "article_coverage",
            "passage_coverage", "type_missing", "weakest_word", "missing_words");
    /** Where in the signals the best paragraph's share of the question's words is. */
    static final int PASSAGE_COVERAGE = SIGNALS.indexOf("passage_coverage");

    // How many of the best paragraphs may hold the kind of answer asked for.
    private static final int TYPE_REACH = 3;

    private AnswerSignals() {
    }

    static double[] of(SentenceRanking.Ranking ranking, Article article, QuestionAnalysis question,
            KeywordIndex keywords) {
        List<SentenceRanking.Ranked> ranked = ranking.sentences();
        if (ranked.isEmpty()) {
            return new double[SIGNALS.size()];
        }
        SentenceRanking.Ranked best = ranked.get(0);
        int bestParagraph = best.hit().sentence().paragraph();
        double next = ranked.stream().filter(r -> r.hit().sentence().paragraph() != bestParagraph)
                .mapToDouble(SentenceRanking.Ranked::logit).findFirst().orElse(best.logit() - 10);
        Set<String> asked = keywords.terms(question.normalized());
        double articleCoverage = 0;
        double passageCoverage = 0;
        if (!asked.isEmpty()) {
            Set<String> inParagraph = keywords.terms(TextNormalizer.normalize(
                    article.paragraph(bestParagraph).orElseThrow().text()));
            for (String term : asked) {
                articleCoverage += keywords.articleFrequency(article.id(), term) > 0 ? 1 : 0;
                passageCoverage += inParagraph.contains(term) ? 1 : 0;
            }
            articleCoverage /= asked.size();
            passageCoverage /= asked.size();
        }
        double cosine = ranked.stream().mapToDouble(SentenceRanking.Ranked::cosine).max().orElse(0);
        double tokens = ranked.stream().mapToDouble(SentenceRanking.Ranked::tokens).max().orElse(0);
        return new double[] {best.logit(), best.logit() - next, cosine, tokens, articleCoverage, passageCoverage,
                typeMissing(ranked, question) ? 1 : 0, ranking.words().weakest(), ranking.words().missing()};
    }

    /** Whether the question requires a kind of answer that none of the best paragraphs holds. */
    private static boolean typeMissing(List<SentenceRanking.Ranked> ranked, QuestionAnalysis question) {
        if (question.expected().isAny() || !question.expected().required()) {
            return false;
        }
        List<Integer> paragraphs = ranked.stream().map(r -> r.hit().sentence().paragraph()).distinct()
                .limit(TYPE_REACH).toList();
        return ranked.stream()
                .filter(r -> paragraphs.contains(r.hit().sentence().paragraph()))
                .noneMatch(SentenceRanking.Ranked::holdsAnswerType);
    }
}
