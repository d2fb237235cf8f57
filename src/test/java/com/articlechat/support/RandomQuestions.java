package com.articlechat.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Questions no one would write by hand, from a seed, so a failure can be replayed: random words of
 * the article and of English, words repeated, punctuation only, scripts from Hangul to Arabic, emoji,
 * control and combining characters, and questions up to the length limit. Each is non-blank and
 * within {@code maxLength}, so the only right response is an answer.
 */
public final class RandomQuestions {

    private static final String[] OPENINGS = {"What", "Which", "Who", "When", "Where", "Why", "How", "How many",
            "How much", "How long", "Did", "Is", "Was", "On what date", "In what year", "Which company",
            "Which leader", "What phrase", "Who reported", "Tell me", "Can you tell me", "And", "So", ""};
    private static final String[] WORDS = {"a", "a", "the", "the", "of", "and", "leader", "company", "city",
            "summit", "phone", "TV", "trade", "visit", "meet", "did", "he", "she", "it", "that", "they", "said",
            "Lee", "Xi", "Beijing", "Seoul", "president", "billion", "2022", "$300", "percent", "not", "never",
            "besides", "except", "other", "than", "Source:", "BBC", "who", "what", "which", "why", "how", "many"};
    private static final String[] SCRIPTS = {"무역은 얼마나 됩니까", "两国领导人会见了吗", "Как прошёл визит",
            "ما هي التجارة", "何日に始まりましたか", "Τι είπε ο πρόεδρος", "מה אמר הנשיא", "क्या हुआ",
            "🤔🚀🇰🇷", "e\u0301e\u0301\u0301", "\u200b\u200d\u2060", "\uFFFD", "\u0007\u001b[31m", "<script>alert(1)</script>",
            "'; DROP TABLE articles; --", "${jndi:ldap://x}", "%00%2F..%2F", "\\u0000", "{{question}}", "[1] [2] [99]"};
    private static final String PUNCTUATION = "?!.,;:-—()[]{}\"'`~@#$%^&*_+=|\\/<>";

    private final Random random;
    private final List<String> articleWords;
    private final int maxLength;

    public RandomQuestions(long seed, String articleText, int maxLength) {
        this.random = new Random(seed);
        this.articleWords = List.of(articleText.split("\\s+"));
        this.maxLength = maxLength;
    }

    public List<String> take(int count) {
        List<String> questions = new ArrayList<>();
        while (questions.size() < count) {
            String question = next();
            if (!question.isBlank() && question.length() <= maxLength) {
                questions.add(question);
            }
        }
        return questions;
    }

    private String next() {
        return switch (random.nextInt(8)) {
            case 0 -> punctuationOnly();
            case 1 -> repeated();
            case 2 -> pick(SCRIPTS) + (random.nextBoolean() ? "?" : "");
            case 3 -> words(1 + random.nextInt(200), true);
            case 4 -> truncate(words(400, true), maxLength - random.nextInt(3));
            case 5 -> pick(OPENINGS) + " " + pick(SCRIPTS) + " " + words(1 + random.nextInt(6), false) + "?";
            default -> pick(OPENINGS) + " " + words(1 + random.nextInt(14), random.nextBoolean()) + "?";
        };
    }

    private String punctuationOnly() {
        StringBuilder text = new StringBuilder();
        for (int i = 0, n = 1 + random.nextInt(40); i < n; i++) {
            text.append(PUNCTUATION.charAt(random.nextInt(PUNCTUATION.length())));
        }
        return text.toString();
    }

    private String repeated() {
        String word = random.nextBoolean() ? pick(WORDS) : articleWords.get(random.nextInt(articleWords.size()));
        return (pick(OPENINGS) + (" " + word).repeat(1 + random.nextInt(60))).strip() + "?";
    }

    private String words(int count, boolean fromArticle) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String word = fromArticle && random.nextBoolean() ? articleWords.get(random.nextInt(articleWords.size()))
                    : pick(WORDS);
            text.append(i == 0 ? "" : " ").append(random.nextInt(10) == 0 ? word.toUpperCase() : word);
        }
        return text.toString();
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    private String pick(String[] choices) {
        return choices[random.nextInt(choices.length)];
    }
}
