package com.articlechat.retrieval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a question sets aside: "Who did Lee talk to apart from Xi?" asks for someone other than Xi,
 * yet every word-matching ranking puts first the sentence about the talks with Xi, since it shares
 * the most words with the question. A sentence naming what is set aside answers only when it
 * lists it with others ("stops in Beijing and Shanghai" answers "Besides Beijing, which city...?")
 * or goes on to more ("dialogue on security, while also exploring new areas").
 */
final class Exclusion {

    private static final Pattern SET_ASIDE = Pattern.compile(
            "\\b(?:apart from|aside from|besides|other than|except(?: for)?|excluding)\\s+([^,;?]+?)"
                    + "(?=\\s*(?:[,;?]|$|\\b(?:who|what|which|where|when|how|why|did|does|do|is|are|was|were"
                    + "|has|have)\\b))");
    // Named with others: "X and Y", "X or Y", "X as well as Y", "X, Y and Z", "Y and X", "X with Y".
    private static final Pattern LISTED_AFTER = Pattern.compile(
            "^\\s*(?:(?:and|or|as well as|with|along with|plus)\\s|,(?:\\s+\\S+){1,3}?\\s+(?:and|or)\\s)");
    private static final Pattern LISTED_BEFORE = Pattern.compile("\\s(?:and|or)\\s*$");
    // Going on to something more: "continue dialogue on regional security, while also exploring new
    // areas" answers "Besides security, what else...?" in the same sentence.
    private static final Pattern GOES_ON_TO_MORE = Pattern.compile("\\b(?:also|as well as|in addition)\\b");

    private static final Pattern DETERMINER = Pattern.compile("^(?:the|a|an|his|her|its|their)\\s+");
    // A name goes on past the word asked about: "President Xi Jinping", "Beijing's".
    private static final Pattern NAME_GOES_ON = Pattern.compile("^(?:'s|’s)?(?:\\s+\\p{Lu}[\\p{L}'’-]*)*");

    private final Set<String> terms;
    private final Pattern first;
    private final Pattern last;

    private Exclusion(Set<String> terms, String first, String last) {
        this.terms = terms;
        // Loosely, as written: "concerns" finds "concern"; "Xi's" finds "Xi".
        this.first = Pattern.compile("(?i)\\b" + Pattern.quote(stem(first)));
        this.last = Pattern.compile("(?i)\\b" + Pattern.quote(stem(last)) + "[\\p{L}]*");
    }

    /**
     * What {@code question} sets aside, as terms of {@code keywords}; empty when it sets nothing aside
     * or what it sets aside has no content word.
     */
    static Optional<Exclusion> of(String question, KeywordIndex keywords) {
        Matcher matcher = SET_ASIDE.matcher(question.toLowerCase(Locale.ROOT));
        if (!matcher.find()) {
            return Optional.empty();
        }
        String setAside = DETERMINER.matcher(matcher.group(1).strip()).replaceFirst("");
        Set<String> terms = keywords.terms(setAside);
        if (terms.isEmpty()) {
            return Optional.empty();
        }
        String[] words = setAside.split("\\s+");
        return Optional.of(new Exclusion(terms, words[0], words[words.length - 1]));
    }

    private static String stem(String word) {
        String bare = word.replaceAll("(?:'s|’s)$", "");
        return bare.length() > 3 ? bare.replaceAll("(?:es|s)$", "") : bare;
    }

    /**
     * {@code ranked} with its best item that does not name what is set aside, other than in a list,
     * moved first; {@code text} gives an item's sentence. Only the first: the others keep their
     * places, since a passage naming what is set aside often still says what the question is about.
     */
    <T> List<T> otherFirst(List<T> ranked, Function<T, String> text, KeywordIndex keywords) {
        for (int i = 0; i < ranked.size(); i++) {
            if (!names(text.apply(ranked.get(i)), keywords)) {
                if (i == 0) {
                    return ranked;
                }
                List<T> reordered = new ArrayList<>(ranked);
                reordered.add(0, reordered.remove(i));
                return reordered;
            }
        }
        return ranked;
    }

    private boolean names(String sentence, KeywordIndex keywords) {
        if (!keywords.terms(sentence).containsAll(terms)) {
            return false;
        }
        Matcher end = last.matcher(sentence);
        while (end.find()) {
            String after = sentence.substring(end.end());
            Matcher goesOn = NAME_GOES_ON.matcher(after);
            after = goesOn.find() ? after.substring(goesOn.end()) : after;
            Matcher begin = first.matcher(sentence);
            int start = end.start();
            while (begin.find() && begin.start() <= end.start()) {
                start = begin.start();
            }
            String lowerAfter = after.toLowerCase(Locale.ROOT);
            String lowerBefore = sentence.substring(0, start).toLowerCase(Locale.ROOT);
            if (LISTED_AFTER.matcher(lowerAfter).find() || LISTED_BEFORE.matcher(lowerBefore).find()
                    || GOES_ON_TO_MORE.matcher(lowerAfter).find()) {
                return false;
            }
        }
        return true;
    }
}
