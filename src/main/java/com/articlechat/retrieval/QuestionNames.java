package com.articlechat.retrieval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The names a question asks about: its capitalised words but the first. An article that never
 * mentions one of them does not answer the question, however much else it shares with it: "What
 * did Lee and Xi say about North Korea?" has the seed article's people, its talks and "Korea", and
 * the article names North Korea nowhere; nor Kim Jong Un, nor the United States.
 * <p>
 * Two kinds of capitalised words are left out, because an article often puts them in other words:
 * acronyms ("AI" for artificial intelligence, "CEOs") and adjectives of nationality ("British"
 * for the BBC, "Chinese" for China). A named-entity model would find names more surely, but none
 * ships in a jar we can use.
 */
final class QuestionNames {

    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,}s?");
    private static final Pattern NATIONALITY = Pattern.compile(".*(ese|ish|ian|ean|ican)");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.?!:]");
    private static final Pattern EDGES = Pattern.compile("^[^\\p{L}]+|[^\\p{L}]+$");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");

    private QuestionNames() {
    }

    /**
     * The capitalised words of {@code question} that name something, as written, in order; none
     * when it is written in title case ("What Did Lee Say About The Economy?"), where capitals say
     * nothing.
     */
    static List<String> of(String question) {
        String[] words = question.strip().split("\\s+");
        List<String> names = new ArrayList<>();
        for (int i = 1; i < words.length; i++) {
            // The first word of every sentence is capitalised whatever it is.
            if (SENTENCE_END.matcher(words[i - 1]).matches()) {
                continue;
            }
            String word = POSSESSIVE.matcher(EDGES.matcher(words[i]).replaceAll("")).replaceAll("");
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) || word.equals("I")) {
                continue;
            }
            if (KeywordIndex.STOP_WORDS.contains(word)) {
                return List.of();
            }
            if (ACRONYM.matcher(word).matches()
                    || NATIONALITY.matcher(word.toLowerCase(Locale.ROOT)).matches()) {
                continue;
            }
            names.add(word);
        }
        return names;
    }
}
