package com.articlechat.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The sentence templates and slot fillers the {@link DistractorGenerator} writes articles from, read
 * once from {@code eval/distractor-topics.yaml}; that file says what a template and a slot are, and
 * what the hard topics never say.
 *
 * <p>The lists keep the file's order: the generator draws from them by position, so the same file
 * and seed give the same corpus, byte for byte.
 */
final class DistractorTopics {

    /** A template family: how its articles open and the sentences their bodies are drawn from. */
    record Topic(String name, boolean hard, List<Opening> openings, List<String> body,
            Map<String, List<String>> pools) {
    }

    /** A title with the lead sentence that goes with it, so that the headline matches the story. */
    record Opening(String title, String lead) {
    }

    private static final String FILE = "/eval/distractor-topics.yaml";
    private static final Map<String, Object> DATA = load();

    static final List<String> FIRST_NAMES = strings(DATA, "first-names");
    static final List<String> LAST_NAMES = strings(DATA, "last-names");
    static final Map<String, List<String>> SHARED_POOLS = pools(DATA, "pools");
    static final List<String> EASY_GENERIC = strings(DATA, "easy-generic");
    static final List<String> HARD_GENERIC = strings(DATA, "hard-generic");
    static final List<String> EASY_ATTRIBUTIONS = strings(DATA, "easy-attributions");
    static final List<String> HARD_ATTRIBUTIONS = strings(DATA, "hard-attributions");
    static final List<Topic> EASY = topics(DATA, "easy", false);
    static final List<Topic> HARD = topics(DATA, "hard", true);

    private DistractorTopics() {
    }

    private static Map<String, Object> load() {
        try (InputStream stream = DistractorTopics.class.getResourceAsStream(FILE)) {
            if (stream == null) {
                throw new IllegalStateException(FILE + " is not on the classpath");
            }
            return map(new Yaml(new SafeConstructor(new LoaderOptions())).load(stream), FILE);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading " + FILE + " failed", e);
        }
    }

    private static List<Topic> topics(Map<String, Object> data, String key, boolean hard) {
        return list(data, key).stream().map(entry -> {
            Map<String, Object> topic = map(entry, key + " topic");
            String name = text(topic, "name");
            List<Opening> openings = list(topic, "openings").stream()
                    .map(opening -> map(opening, name + " opening"))
                    .map(opening -> new Opening(text(opening, "title"), text(opening, "lead")))
                    .toList();
            Map<String, List<String>> pools = topic.containsKey("pools") ? pools(topic, "pools") : Map.of();
            return new Topic(name, hard, openings, strings(topic, "body"), pools);
        }).toList();
    }

    private static Map<String, List<String>> pools(Map<String, Object> data, String key) {
        Map<String, Object> byKind = map(data.get(key), key);
        Map<String, List<String>> pools = new LinkedHashMap<>();
        byKind.keySet().forEach(kind -> pools.put(kind, strings(byKind, kind)));
        return Map.copyOf(pools);
    }

    private static List<String> strings(Map<String, Object> data, String key) {
        return list(data, key).stream().map(value -> {
            if (!(value instanceof String text)) {
                throw invalid(key + " holds " + value + ", not a string");
            }
            return text;
        }).toList();
    }

    private static String text(Map<String, Object> data, String key) {
        if (!(data.get(key) instanceof String text) || text.isBlank()) {
            throw invalid(key + " is missing or not a string");
        }
        return text;
    }

    private static List<?> list(Map<String, Object> data, String key) {
        if (!(data.get(key) instanceof List<?> list) || list.isEmpty()) {
            throw invalid(key + " is missing or not a list");
        }
        return list;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String what) {
        if (!(value instanceof Map<?, ?> map)) {
            throw invalid(what + " is not a mapping");
        }
        return (Map<String, Object>) map;
    }

    private static IllegalStateException invalid(String problem) {
        return new IllegalStateException(FILE + ": " + problem);
    }
}
