package com.articlechat.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.articlechat.knowledge.TextNormalizer;

/**
 * Works out a question's gold paragraphs from its evidence: the paragraphs that hold one of its
 * quotes. Quotes survive a change in how an article's paragraphs are counted (a headline taken as the
 * title, a page's boilerplate dropped); numbers do not.
 */
final class GoldParagraphs {

    private GoldParagraphs() {
    }

    /**
     * {@code question} with gold paragraphs from its evidence, numbered from 1 in {@code paragraphs};
     * unchanged when it has gold numbers or no evidence. Evidence found nowhere is an error in the
     * questions file, so it is reported rather than scored as a miss.
     */
    static EvalQuestion resolve(EvalQuestion question, List<String> paragraphs) {
        if (!question.gold().isEmpty() || question.evidence().isEmpty()) {
            return question;
        }
        List<String> folded = paragraphs.stream().map(GoldParagraphs::fold).toList();
        List<Integer> gold = new ArrayList<>();
        for (String quote : question.evidence()) {
            String wanted = fold(quote);
            boolean found = false;
            for (int i = 0; i < folded.size(); i++) {
                if (folded.get(i).contains(wanted)) {
                    found = true;
                    if (!gold.contains(i + 1)) {
                        gold.add(i + 1);
                    }
                }
            }
            if (!found) {
                throw new IllegalArgumentException("Question " + question.id() + ": the evidence \"" + quote
                        + "\" is in no paragraph of " + question.article());
            }
        }
        return question.withGold(gold);
    }

    /** Case, typography and spacing do not matter: a quote typed with straight quotes still matches. */
    private static String fold(String text) {
        return TextNormalizer.normalize(text).replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
