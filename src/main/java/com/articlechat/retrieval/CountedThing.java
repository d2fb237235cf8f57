package com.articlechat.retrieval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a "How many..." question counts, and whether a text counts it. "How many journalists
 * travelled with Lee?" is answered by "twelve journalists", not by whatever number the article
 * has ("four-day visit", "two leaders"); "How many days..." is, by "four-day".
 * <p>
 * The thing counted is the word after "how many", with the next when that is a plural ("How many
 * Chinese tourists visit...": "six million Chinese tourists" says how many); "the two leaders"
 * does not answer "How many business leaders...". A stop word ends it.
 */
final class CountedThing {

    private static final Pattern QUESTION = Pattern.compile(
            "^(?:how many|what (?:is|was|are|were) the (?:\\w+ ){0,3}number of)\\s+(\\S+)(?:\\s+(\\S+))?",
            Pattern.CASE_INSENSITIVE);
    private static final String COUNT = "\\d[\\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|\\w+teen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\\w+)?"
            + "|hundreds?|thousands?|millions?|billions?|dozens?|a dozen|several|a few|a handful of|scores";

    private final Pattern counted;

    private CountedThing(Pattern counted) {
        this.counted = counted;
    }

    /** What {@code question} (normalised) counts; empty when it asks no "How many...". */
    static Optional<CountedThing> of(String question) {
        Matcher start = QUESTION.matcher(QuestionStart.of(question));
        if (!start.find()) {
            return Optional.empty();
        }
        List<String> stems = new ArrayList<>();
        for (int group = 1; group <= 2 && start.group(group) != null; group++) {
            String word = start.group(group).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}-]", "");
            if (word.isEmpty() || KeywordIndex.STOP_WORDS.contains(word)) {
                break;
            }
            // The second word is the thing counted only as a plural: "Chinese tourists", "business
            // leaders", but not "journalists travelled".
            if (group == 2 && !(word.endsWith("s") && !word.endsWith("ss"))) {
                break;
            }
            stems.add(Pattern.quote(singular(word)));
        }
        if (stems.isEmpty()) {
            return Optional.empty();
        }
        // Two words are counted together: "two leaders" does not say how many business leaders came.
        String things = String.join("\\w*[\\s-]+", stems);
        // "once" and "twice" count times without a number.
        String alone = stems.contains(Pattern.quote("time")) ? "|\\b(?:once|twice|thrice)\\b" : "";
        return Optional.of(new CountedThing(Pattern.compile(
                "(?i)\\b(?:" + COUNT + ")(?:\\s+of)?[\\s-]+(?:" + things + ")" + alone)));
    }

    /** Whether {@code text} (normalised) says how many: a count right before the thing counted. */
    boolean countedIn(String text) {
        return counted.matcher(text).find();
    }

    /** The stem a plural shares with its singular, to match as a prefix: "countr" for countries. */
    private static String singular(String word) {
        if (word.endsWith("ies")) {
            return word.substring(0, word.length() - 3);
        }
        if (word.matches(".*(ss|sh|ch|x)es")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
