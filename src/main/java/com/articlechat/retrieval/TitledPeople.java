package com.articlechat.retrieval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people an article introduces with a country and a title ("Chinese President Xi Jinping"), so
 * that a question calling one by the role ("What did the Chinese leader push Seoul to do?", "China's
 * president") is matched as if it used the name the article uses afterwards ("Xi, meanwhile, ...").
 * Coreference resolution, for the one pattern news uses to introduce people.
 */
final class TitledPeople {

    private record Person(Countries.Country country, String role, String name) {
    }

    private static final String ROLES =
            "President|Prime Minister|Premier|Chancellor|King|Queen|Foreign Minister|leader";
    private static final Pattern INTRODUCED = Pattern.compile("\\b((?:South |North |New )?\\p{Lu}\\p{L}+) (" + ROLES
            + ") (\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){0,2})");
    // "the Chinese leader", "China's president", "Beijing's leader", "his Chinese counterpart".
    private static final Pattern CALLED = Pattern.compile("(?i)\\b(?:(?:the|his|her|their) )?"
            + "((?:south |north |new )?\\p{L}+(?:'s|’s)?) (president|prime minister|premier|chancellor|king|queen"
            + "|foreign minister|leader|head of state|counterpart)\\b");

    // "a South Korean leader" is any of them; "which Chinese leader" asks for the name.
    private static final Pattern GENERIC = Pattern.compile("(?i)\\b(?:a|an|any|another|which|what|each|every)\\s+$");

    // "Who is the South Korean president?" asks for the name: the description is the question.
    private static final Pattern IDENTITY = Pattern.compile(
            "(?i)^(?:who(?: is|'s| was)\\b|(?:what|which)(?: is|'s| was) the (?:full )?name of\\b|name the\\b)");

    private final String text;
    private List<Person> people;

    private TitledPeople(String text) {
        this.text = text;
    }

    /**
     * The people {@code text} introduces with a country we know and a title. The text is read only
     * when a question calls someone by role, as few do: an article may be a megabyte.
     */
    static TitledPeople in(String text) {
        return new TitledPeople(text);
    }

    private List<Person> people() {
        if (people == null) {
            List<Person> found = new ArrayList<>();
            Matcher introduced = INTRODUCED.matcher(text);
            while (introduced.find()) {
                String role = introduced.group(2).toLowerCase(Locale.ROOT);
                Countries.of(introduced.group(1))
                        .ifPresent(country -> found.add(new Person(country, role, introduced.group(3))));
            }
            people = List.copyOf(found);
        }
        return people;
    }

    /**
     * The part of {@code name} that the text uses most: after "Chinese President Xi Jinping" news
     * says "Xi", after "Prime Minister Shigeru Ishiba" "Ishiba". Matching the full name would favour
     * the one sentence that introduces the person over those saying what they did.
     */
    private String calledAfterwards(String name) {
        String most = name;
        long mostTimes = 0;
        for (String part : name.split(" ")) {
            long times = Pattern.compile("\\b" + Pattern.quote(part) + "\\b").matcher(text).results().count();
            if (times > mostTimes) {
                most = part;
                mostTimes = times;
            }
        }
        return most;
    }

    /**
     * {@code question} with each person it calls by country and role ("the Chinese leader") called
     * by name instead, when the article introduced exactly one such person; unchanged otherwise. The
     * description goes: "Beijing's leader" would otherwise match the sentence about "a South Korean
     * leader" going "to Beijing".
     */
    String named(String question) {
        if (IDENTITY.matcher(question).find()) {
            return question;
        }
        StringBuilder named = new StringBuilder();
        Matcher called = CALLED.matcher(question);
        int last = 0;
        while (called.find()) {
            Optional<Countries.Country> country = Countries.of(called.group(1));
            if (country.isEmpty() || GENERIC.matcher(question.substring(0, called.start())).find()) {
                continue;
            }
            String role = called.group(2).toLowerCase(Locale.ROOT);
            List<String> names = people().stream()
                    .filter(p -> p.country().equals(country.get()) && sameRole(role, p.role()))
                    .map(p -> calledAfterwards(p.name()))
                    .distinct()
                    .toList();
            if (names.size() == 1 && !question.contains(names.get(0))) {
                named.append(question, last, called.start()).append(names.get(0));
                last = called.end();
            }
        }
        return named.append(question.substring(last)).toString();
    }

    // "Leader", "head of state" and "counterpart" stand for any title; others for their own.
    private static boolean sameRole(String asked, String title) {
        return asked.equals("leader") || asked.equals("head of state") || asked.equals("counterpart")
                || asked.equals(title) || title.equals("leader");
    }
}
