package com.articlechat.conversation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a follow-up searchable without a language model, from the words of the previous turn.
 *
 * <ol>
 * <li>Entities are runs of capitalised words that are not function words ("Lee Jae Myung",
 *     "Xi Jinping", "Korea‑China"), taken from the latest turn that has any: its retrieval query
 *     first, then its answer.</li>
 * <li>Singular person pronouns are resolved to them: he, she, him, her to the first entity, his
 *     to its possessive. "They" is left as it is, since whom it groups is a guess; it makes the
 *     question vague instead, so the entities are added.</li>
 * <li>A question stands alone, and only its person pronouns are resolved, when it brings a topic
 *     of its own (a content word the previous turn did not use, as "trade" after a turn about
 *     supply chains), or when it says neither "it", "that", "this", "there", "then" nor the like
 *     and names an entity itself (a capital that merely opens the question does not count) or is
 *     long ({@value #LONG_ENOUGH} or more content words).</li>
 * <li>Any other question is vague ("When was that?", "What did he warn about?" after "Lee warned
 *     ..."): the previous turn's entities and topic terms (the content words of its retrieval
 *     query) are added in brackets, so the search finds what the conversation was about.</li>
 * </ol>
 * It is a fallback: it cannot tell "he" from "she" or resolve "the other leader".
 */
final class FollowUpHeuristic {

    static final int LONG_ENOUGH = 4;
    private static final int MAX_TOPIC_TERMS = 6;

    // Letters and digits, with inner apostrophes and hyphens (including the non-breaking one articles use).
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-\u2011][\\p{L}\\p{N}]+)*");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s$", Pattern.CASE_INSENSITIVE);

    private static final Set<String> PERSON = Set.of("he", "she", "him", "her", "his");
    // Words that point back without naming: their presence makes a question vague.
    private static final Set<String> DEICTIC = Set.of("it", "its", "that", "this", "those", "these", "there",
            "then", "such", "same", "former", "latter", "they", "them", "their");
    // Function words and the verbs of asking: neither names nor topics.
    private static final Set<String> STOP = Set.of("a", "about", "above", "after", "again", "against", "all",
            "also", "am", "an", "and", "any", "anything", "are", "as", "at", "be", "been", "before", "being",
            "between", "both", "but", "by", "can", "could", "describe", "did", "do", "does", "doing", "during",
            "each", "else", "exactly", "explain", "for", "from", "further", "give", "had", "has", "have", "having",
            "hello", "here", "how", "i", "if", "in", "into", "is", "just", "me", "mean", "mention", "mentioned",
            "more", "most", "much", "my", "no", "nor", "not", "now", "of", "off", "ok", "okay", "on", "once",
            "only", "or", "other", "our", "out", "over", "please", "really", "said", "say", "says", "saying",
            "so", "some", "something", "speak", "spoke", "summarise", "summarize", "talk", "talked", "tell",
            "than", "thanks", "the", "think", "thought", "to", "told", "too", "under", "until", "up", "us",
            "very", "was", "we", "were", "what", "what's", "when", "where", "which", "while", "who", "whom",
            "whose", "why", "will", "with", "would", "yes", "you", "your");

    private FollowUpHeuristic() {
    }

    private record Word(String text, int start, int end) {

        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }
    }

    /** {@code question} made to stand alone using {@code history}, oldest turn first; unchanged without history. */
    static String standalone(String question, List<Turn> history) {
        if (history.isEmpty()) {
            return question;
        }
        Turn previous = history.get(history.size() - 1);
        List<String> entities = lastEntities(history);
        List<Word> words = words(question);
        boolean deictic = words.stream().anyMatch(w -> DEICTIC.contains(w.lower()));
        List<String> own = topicTerms(question, Set.of());
        // A topic of its own makes a question stand alone even with "that" in it: in "What did he warn
        // about after that?" the "that" places it in time, and "warn" says what it is about.
        boolean standsAlone = bringsNewTopic(own, previous)
                || !deictic && (namesEntity(question, history) || own.size() >= LONG_ENOUGH);

        String resolved = resolvePronouns(question, words, entities);
        if (standsAlone) {
            return resolved;
        }
        String lowerResolved = resolved.toLowerCase(Locale.ROOT);
        List<String> carried = new ArrayList<>();
        for (String entity : entities) {
            if (!lowerResolved.contains(entity.toLowerCase(Locale.ROOT))) {
                carried.add(entity);
            }
        }
        Set<String> present = new LinkedHashSet<>();
        words(resolved).forEach(w -> present.add(w.lower()));
        List<String> topics = topicTerms(previous.retrievalQuery(), present);
        if (!topics.isEmpty()) {
            carried.add(String.join(" ", topics.subList(0, Math.min(MAX_TOPIC_TERMS, topics.size()))));
        }
        return carried.isEmpty() ? resolved : resolved + " (" + String.join(", ", carried) + ")";
    }

    /** The entities of the latest turn that names any: its retrieval query first, then its answer. */
    static List<String> lastEntities(List<Turn> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            Turn turn = history.get(i);
            List<String> found = entities(turn.retrievalQuery());
            if (found.isEmpty()) {
                found = entities(turn.answer());
            }
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /**
     * Whether the question names an entity. A lone capitalised word opening the question
     * ("Elaborate?") counts only if the conversation used it too, because every sentence starts
     * with a capital.
     */
    private static boolean namesEntity(String question, List<Turn> history) {
        StringBuilder said = new StringBuilder();
        history.forEach(t -> said.append(t.retrievalQuery()).append('\n').append(t.answer()).append('\n'));
        String known = said.toString().toLowerCase(Locale.ROOT);
        for (String entity : entities(question)) {
            if (entity.contains(" ") || !question.strip().startsWith(entity)
                    || known.contains(entity.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a content word of the question is new to the previous turn. Words match when one
     * starts with the other ("warn" and "warned"), a stemmer's job done roughly.
     */
    private static boolean bringsNewTopic(List<String> own, Turn previous) {
        List<String> used = topicTerms(previous.retrievalQuery() + "\n" + previous.answer(), Set.of());
        return own.stream().anyMatch(word -> used.stream().noneMatch(u -> sameStem(word, u)));
    }

    private static boolean sameStem(String a, String b) {
        boolean aShorter = a.length() <= b.length();
        String shorter = aShorter ? a : b;
        String longer = aShorter ? b : a;
        return shorter.equals(longer) || (shorter.length() >= 4 && longer.startsWith(shorter));
    }

    /** Runs of adjacent capitalised words that are not function words, in order of appearance. */
    static List<String> entities(String text) {
        Set<String> found = new LinkedHashSet<>();
        StringBuilder run = new StringBuilder();
        int runEnd = -1;
        for (Word word : words(text)) {
            boolean adjacent = runEnd >= 0 && text.substring(runEnd, word.start()).isBlank();
            if (!adjacent && !run.isEmpty()) {
                found.add(run.toString());
                run.setLength(0);
            }
            if (isNameWord(word)) {
                String bare = POSSESSIVE.matcher(word.text()).replaceFirst("");
                run.append(run.isEmpty() ? "" : " ").append(bare);
                runEnd = bare.length() < word.text().length() ? -1 : word.end(); // a possessive ("Ana's") ends a name
            } else {
                runEnd = -1;
            }
        }
        if (!run.isEmpty()) {
            found.add(run.toString());
        }
        return List.copyOf(found);
    }

    /** Content words of {@code text}, lower-cased, in order, without those in {@code exclude} or in names. */
    static List<String> topicTerms(String text, Set<String> exclude) {
        Set<String> terms = new LinkedHashSet<>();
        for (Word word : words(text)) {
            String lower = POSSESSIVE.matcher(word.lower()).replaceFirst("");
            if (lower.length() > 2 && !isNameWord(word) && !STOP.contains(lower) && !PERSON.contains(lower)
                    && !DEICTIC.contains(lower) && !exclude.contains(lower)) {
                terms.add(lower);
            }
        }
        return List.copyOf(terms);
    }

    private static String resolvePronouns(String question, List<Word> words, List<String> entities) {
        if (entities.isEmpty()) {
            return question;
        }
        String first = entities.get(0);
        StringBuilder out = new StringBuilder();
        int last = 0;
        for (Word word : words) {
            String replacement = switch (word.lower()) {
                case "he", "she", "him", "her" -> first;
                case "his" -> first + "'s";
                default -> null;
            };
            if (replacement != null) {
                out.append(question, last, word.start()).append(replacement);
                last = word.end();
            }
        }
        return out.append(question.substring(last)).toString();
    }

    private static boolean isNameWord(Word word) {
        String lower = POSSESSIVE.matcher(word.lower()).replaceFirst("");
        return Character.isUpperCase(word.text().codePointAt(0)) && !STOP.contains(lower)
                && !PERSON.contains(lower) && !DEICTIC.contains(lower);
    }

    private static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(new Word(matcher.group(), matcher.start(), matcher.end()));
        }
        return words;
    }
}
