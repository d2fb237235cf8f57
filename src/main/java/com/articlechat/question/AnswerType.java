package com.articlechat.question;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The kind of answer a question asks for, when its first words say so ("On what date...", "How
 * many..."), and whether a sentence holds an answer of that kind: the expected answer type of
 * question answering systems. The types and their patterns are data, in
 * {@code question/answer-types.yaml}; only presence is tested, so patterns suffice where a date or
 * number parser would read values nothing here needs.
 *
 * @param name     the type's name in the file, {@code any} when the question does not say
 * @param question matches the question's start ({@link QuestionStart}); null for {@code any}
 * @param answer   matches a sentence holding such an answer; null for {@code any}
 * @param required whether a sentence without such an answer cannot answer, or is only less likely to
 * @param unnamed  whether the answer's first group must name what the question does not
 */
public record AnswerType(String name, Pattern question, Pattern answer, boolean required, boolean unnamed) {

    public static final AnswerType ANY = new AnswerType("any", null, null, false, false);

    private static final String FILE = "/question/answer-types.yaml";
    private static final Pattern FRAGMENT = Pattern.compile("\\$\\{(\\w+)}");
    private static final List<AnswerType> TYPES = load();

    /** The type {@code question} (normalised) asks for; {@link #ANY} when its first words do not say. */
    public static AnswerType of(String question) {
        String start = QuestionStart.of(question);
        for (AnswerType type : TYPES) {
            if (type.question.matcher(start).find()) {
                return type;
            }
        }
        return ANY;
    }

    static List<AnswerType> all() {
        return TYPES;
    }

    public boolean isAny() {
        return answer == null;
    }

    /**
     * As a signal for ranking: 1 when {@code text} (normalised) holds an answer of this type, -1 when
     * the question asks for one and it holds none, 0 when the question does not say.
     */
    public double signal(String text, String question) {
        return isAny() ? 0 : holds(text, question) ? 1 : -1;
    }

    /** Whether {@code text} (normalised) holds an answer of this type to {@code question}. */
    public boolean holds(String text, String question) {
        if (answer == null) {
            return true;
        }
        Matcher found = answer.matcher(text);
        if (!unnamed) {
            return found.find();
        }
        // Someone the question does not already name: "Which leader did the president meet?" is not
        // answered by "President Ana Ruiz".
        Set<String> asked = new HashSet<>(Arrays.asList(words(question)));
        while (found.find()) {
            String named = found.groupCount() > 0 && found.group(1) != null ? found.group(1) : found.group();
            if (Arrays.stream(words(named)).noneMatch(asked::contains)) {
                return true;
            }
        }
        return false;
    }

    private static String[] words(String text) {
        return text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
    }

    @SuppressWarnings("unchecked")
    private static List<AnswerType> load() {
        try (InputStream in = AnswerType.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the classpath");
            }
            Map<String, Object> file = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            Map<String, String> fragments = (Map<String, String>) file.get("fragments");
            List<AnswerType> types = new ArrayList<>();
            for (Map<String, Object> type : (List<Map<String, Object>>) file.get("types")) {
                types.add(new AnswerType((String) type.get("name"),
                        Pattern.compile(expand((String) type.get("question"), fragments)),
                        Pattern.compile(expand((String) type.get("answer"), fragments)),
                        Boolean.TRUE.equals(type.get("required")), Boolean.TRUE.equals(type.get("unnamed"))));
            }
            return List.copyOf(types);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading " + FILE + " failed", e);
        }
    }

    /** {@code pattern} with each ${name} replaced by its fragment, fragments themselves expanded first. */
    private static String expand(String pattern, Map<String, String> fragments) {
        Matcher reference = FRAGMENT.matcher(pattern);
        StringBuilder expanded = new StringBuilder();
        while (reference.find()) {
            String fragment = fragments.get(reference.group(1));
            if (fragment == null) {
                throw new IllegalStateException(FILE + " uses an undefined fragment ${" + reference.group(1) + "}");
            }
            reference.appendReplacement(expanded, Matcher.quoteReplacement(expand(fragment, fragments)));
        }
        reference.appendTail(expanded);
        return expanded.toString();
    }
}
