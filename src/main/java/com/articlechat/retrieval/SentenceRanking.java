package com.articlechat.retrieval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.articlechat.knowledge.Article;
import com.articlechat.knowledge.Sentence;
import com.articlechat.question.QuestionAnalysis;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.store.embedding.CosineSimilarity;

/**
 * Ranks every sentence of one article for a question by the fitted ranking model
 * ({@code retrieval/sentence-ranking.tsv}): a logistic regression over general signals, each
 * sentence's meaning (embedding cosine), its words in context ({@link TokenMatcher}), its words as
 * such (BM25) and whether it holds the kind of answer asked for, each also relative to the best in
 * the article. The weights are fitted on the calibration articles by the eval command
 * ({@code --fit-models}), not chosen by hand.
 */
final class SentenceRanking {

    static final List<String> SIGNALS = List.of("cosine", "cosine_gap", "tokens", "tokens_gap", "keyword",
            "answer_type");

    /** The article's sentences, best first, and how the question's words met them. */
    record Ranking(List<Ranked> sentences, TokenMatcher.Match words) {
    }

    /** One sentence with its signals and the model's log-odds that it answers. */
    record Ranked(SearchIndex.Hit hit, double[] signals, double logit) {

        double probability() {
            return 1 / (1 + Math.exp(-logit));
        }

        double cosine() {
            return signals[0];
        }

        double tokens() {
            return signals[2];
        }

        /** Whether the sentence holds the kind of answer the question asks for (when it asks for one). */
        boolean holdsAnswerType() {
            return signals[5] > 0;
        }
    }

    private SentenceRanking() {
    }

    /** The article's sentences, best first. */
    static Ranking rank(LogisticModel model, SearchIndex index, Article article, ReadQuestion read,
            TokenMatcher tokens, int proximitySlop) {
        QuestionAnalysis question = read.asked();
        Embedding query = read.query();
        List<Sentence> sentences = article.sentences();
        double[] cosine = new double[sentences.size()];
        Map<String, String> textOf = new HashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            Embedding embedding = index.embeddingOf(sentence).orElseThrow();
            cosine[i] = CosineSimilarity.between(query, embedding);
            textOf.put(SearchIndex.key(article.id(), sentence.index()), index.normalized(sentence));
        }
        TokenMatcher.Match words = tokens.match(read.words(), question.normalized(), Set.copyOf(textOf.values()));
        Map<String, Double> byText = words.scores();
        Map<String, Double> keyword = index.keywordMatches(question.normalized(), sentences.size(), article.id(),
                proximitySlop).stream().collect(Collectors.toMap(SearchIndex.Hit::key, SearchIndex.Hit::score));
        double bestKeyword = keyword.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double bestCosine = max(cosine);
        double bestTokens = byText.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            String key = SearchIndex.key(article.id(), sentence.index());
            String text = textOf.get(key);
            double tokenScore = byText.getOrDefault(text, 0.0);
            double[] signals = {
                    cosine[i],
                    cosine[i] - bestCosine,
                    tokenScore,
                    tokenScore - bestTokens,
                    bestKeyword > 0 ? keyword.getOrDefault(key, 0.0) / bestKeyword : 0,
                    question.expected().signal(text, question.normalized())};
            ranked.add(new Ranked(new SearchIndex.Hit(key, article, sentence, cosine[i]), signals,
                    model.logit(signals)));
        }
        ranked.sort(Comparator.comparingDouble(Ranked::logit).reversed());
        return new Ranking(ranked, words);
    }

    private static double max(double[] values) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            max = Math.max(max, v);
        }
        return values.length == 0 ? 0 : max;
    }
}
