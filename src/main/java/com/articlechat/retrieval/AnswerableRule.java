package com.articlechat.retrieval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.articlechat.knowledge.TextNormalizer;
import com.articlechat.question.AnswerType;
import com.articlechat.question.QuestionAnalysis;

/**
 * Decides, without a model to read the passages, whether passages found across all articles answer
 * the question: the rule of {@link RetrievalProperties.Answerable}. (Within one article the fitted
 * answerability model decides, see {@link AnswerSignals}.) Kept apart from the search because it changes for
 * a different reason: it is recalibrated on question sets, the search is tuned on rankings.
 */
final class AnswerableRule {

    /** The coverage of the best passage and the verdict. */
    record Verdict(double coverage, boolean answerable) {
    }

    private final RetrievalProperties.Answerable thresholds;

    AnswerableRule(RetrievalProperties.Answerable thresholds) {
        this.thresholds = thresholds;
    }

    /**
     * The verdict on {@code passages}, found within one article when {@code oneArticle}, else across
     * all; {@code weightsOf} gives the {@link #weights} of the question's words in an article, which
     * the search has already worked out for quoting.
     */
    Verdict judge(KeywordIndex keywords, QuestionAnalysis question, List<Passage> passages,
            Function<String, Map<String, Double>> weightsOf) {
        String normalizedQuestion = question.normalized();
        Set<String> asked = keywords.terms(normalizedQuestion);
        String keyTerm = thresholds.keyTerm() ? keyTerm(keywords, asked) : null;
        AnswerType expected = question.expected();
        List<List<Set<String>>> names = QuestionNames.of(normalizedQuestion).stream()
                .map(name -> forms(keywords, name))
                .toList();
        double best = 0;
        boolean answerable = false;
        for (Passage passage : passages) {
            String text = TextNormalizer.normalize(passage.paragraph().text());
            double covered = coverage(keywords, weightsOf.apply(passage.articleId()), text);
            best = Math.max(best, covered);
            // Meaning and words must meet in one passage: among many articles, one may share the
            // question's meaning and another its rare words without either answering it.
            boolean answers = thresholds.test(passage.score(), covered);
            // And the article must be about what is asked: the question's most specific word that the
            // corpus knows ("population" of Canada, Xi's "age") must occur in the passage's article,
            // unless the passage's meaning matches so closely that its words do not matter.
            if (answers && keyTerm != null && passage.score() < thresholds.sureScore()) {
                answers = keywords.articleFrequency(passage.articleId(), keyTerm) > 0;
            }
            // And the article must mention whatever the question names: one about North Korea is not
            // answered by an article on Seoul and Beijing that never names it.
            if (answers) {
                answers = names.stream().allMatch(forms -> forms.stream().anyMatch(form -> form.stream()
                        .allMatch(term -> keywords.articleFrequency(passage.articleId(), term) > 0)));
            }
            // And it must hold the kind of answer asked for: no date, no answer to "On what date...?".
            answerable |= answers && (!expected.required() || expected.holds(text, normalizedQuestion));
        }
        return new Verdict(best, answerable);
    }

    /**
     * The ways an article can mention a name the question asks about, each as the terms it must
     * hold: the name itself, and for a country or capital every form standing for it ("Tokyo" is
     * about the Japan an article names, "Pyongyang" about North Korea).
     */
    private static List<Set<String>> forms(KeywordIndex keywords, String name) {
        List<Set<String>> forms = new ArrayList<>();
        forms.add(keywords.terms(name));
        Countries.of(name).ifPresent(country -> country.forms().stream()
                .map(keywords::terms)
                .filter(terms -> !terms.isEmpty())
                .forEach(forms::add));
        return forms;
    }

    /**
     * The question's most informative content term, by IDF, among those the corpus contains; null when
     * it has none. A term no article contains cannot tell articles apart, so it is not chosen.
     */
    private static String keyTerm(KeywordIndex keywords, Set<String> asked) {
        String key = null;
        double keyIdf = -1;
        for (String term : asked) {
            if (keywords.docFreq(term) > 0 && keywords.idf(term) > keyIdf) {
                keyIdf = keywords.idf(term);
                key = term;
            }
        }
        return key;
    }

    /**
     * The share of the question's content words that the passage ({@code text}, normalised) contains,
     * each word weighted as {@code weights} says.
     */
    private static double coverage(KeywordIndex keywords, Map<String, Double> weights, String text) {
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        if (total == 0) {
            return 0;
        }
        double found = 0;
        for (String term : keywords.terms(text)) {
            found += weights.getOrDefault(term, 0.0);
        }
        return found / total;
    }

    /** The {@link #weight} of each of the question's content words ({@code asked}) in the article. */
    static Map<String, Double> weights(KeywordIndex keywords, Set<String> asked, String articleId) {
        int sentences = keywords.articleSentences(articleId);
        Map<String, Double> weights = new HashMap<>();
        for (String term : asked) {
            weights.put(term, weight(keywords.idf(term), sentences, keywords.articleFrequency(articleId, term)));
        }
        return weights;
    }

    /**
     * How much a question word says about whether this article answers it: its rarity in the corpus
     * (IDF), discounted when it is one of the article's own subjects. Nearly every question about an
     * article names its people and places ("Lee", "Seoul"), so finding them shows only that the
     * question is about the article, not that the article answers it: "What car does Lee drive?"
     * must not count as a third answered because the article names Lee. The discount is
     * {@link KeywordIndex#withinArticle}, the same as the ranking within one article uses.
     */
    static double weight(double idf, int articleSentences, int sentencesWithTerm) {
        return idf * KeywordIndex.withinArticle(articleSentences, sentencesWithTerm);
    }
}
