package com.articlechat.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.articlechat.knowledge.Article;

/**
 * The questions the chat page suggests for an article: those its front matter lists under
 * {@code questions:}, else general ones about its headline and one about the first name in it. Never
 * a question the server would refuse as too long.
 */
@Component
class StarterQuestions {

    private final StarterProperties starters;
    private final AskProperties ask;

    StarterQuestions(StarterProperties starters, AskProperties ask) {
        this.starters = starters;
        this.ask = ask;
    }

    List<String> of(Article article) {
        List<String> listed = article.metadata().questions();
        return (listed.isEmpty() ? derived(article.title()) : listed).stream()
                .filter(question -> question.length() <= ask.maxQuestionLength())
                .distinct()
                .limit(starters.max())
                .toList();
    }

    private List<String> derived(String headline) {
        List<String> questions = new ArrayList<>(starters.general().stream()
                .map(question -> question.replace("{headline}", headline)).toList());
        if (!starters.aboutName().isBlank()) {
            nameIn(headline).ifPresent(name -> questions.add(starters.aboutName().replace("{name}", name)));
        }
        return questions;
    }

    /**
     * The first run of two or more capitalised words in a headline ("Lee Jae Myung", "Storm Aldo"),
     * ending at a possessive or a punctuation mark: "South Korea's Lee Jae Myung visits Beijing" gives
     * "South Korea". A single capitalised word is as often an adjective or the headline's first word
     * as a name, and a headline in title case capitalises every word, so neither gives one.
     */
    static Optional<String> nameIn(String headline) {
        if (headline == null) {
            return Optional.empty();
        }
        String[] words = headline.strip().split("\\s+");
        if (inTitleCase(words)) {
            return Optional.empty();
        }
        List<String> run = new ArrayList<>();
        for (String raw : words) {
            String word = trimmed(raw);
            boolean capitalised = !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
            boolean possessive = word.endsWith("'s") || word.endsWith("’s");
            if (capitalised) {
                run.add(possessive ? word.substring(0, word.length() - 2) : word);
            }
            boolean ends = !capitalised || possessive || !raw.endsWith(word);
            if (ends) {
                if (run.size() >= 2) {
                    return Optional.of(String.join(" ", run));
                }
                run.clear();
            }
        }
        return run.size() >= 2 ? Optional.of(String.join(" ", run)) : Optional.empty();
    }

    /** Every word of four letters or more capitalised: "Storm Brings Floods To Porto". */
    private static boolean inTitleCase(String[] words) {
        List<String> longWords = Arrays.stream(words).map(StarterQuestions::trimmed)
                .filter(word -> word.codePoints().filter(Character::isLetter).count() >= 4).toList();
        return !longWords.isEmpty() && longWords.stream().allMatch(word -> Character.isUpperCase(word.codePointAt(0)));
    }

    /** The word without the quotes and punctuation around it. */
    private static String trimmed(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && !Character.isLetterOrDigit(word.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(word.charAt(end - 1))) {
            end--;
        }
        return word.substring(start, end);
    }
}
