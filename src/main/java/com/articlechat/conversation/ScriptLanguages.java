package com.articlechat.conversation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * Tells the language of a question from the Unicode scripts of its letters, without a network call
 * or a model: enough to see that a question in Korean or Chinese cannot be searched as it stands in
 * English articles, whose search (the English MiniLM, Lucene's English analysis) reads English only.
 * Questions mostly in Latin letters are searched as asked: this does not tell French from English.
 * The names are data, in {@value #RESOURCE}.
 */
@Component
class ScriptLanguages {

    static final String RESOURCE = "conversation/scripts.tsv";

    private final Map<UnicodeScript, String> names;

    ScriptLanguages() {
        this(load(RESOURCE));
    }

    ScriptLanguages(Map<UnicodeScript, String> names) {
        this.names = Map.copyOf(names);
    }

    /**
     * The language of {@code text}, named for prompts and notices ("Korean"), when most of its
     * letters are not Latin; empty when they are, or when it has no letters.
     */
    Optional<String> nonLatin(String text) {
        Map<UnicodeScript, Integer> letters = new EnumMap<>(UnicodeScript.class);
        text.codePoints().filter(Character::isLetter).forEach(cp -> {
            UnicodeScript script = UnicodeScript.of(cp);
            if (script != UnicodeScript.COMMON && script != UnicodeScript.INHERITED && script != UnicodeScript.UNKNOWN) {
                letters.merge(script, 1, Integer::sum);
            }
        });
        int latin = letters.getOrDefault(UnicodeScript.LATIN, 0);
        int others = letters.values().stream().mapToInt(Integer::intValue).sum() - latin;
        if (others <= latin) {
            return Optional.empty();
        }
        UnicodeScript main = letters.entrySet().stream()
                .filter(e -> e.getKey() != UnicodeScript.LATIN)
                .max(Map.Entry.comparingByValue())
                .orElseThrow().getKey();
        // Japanese writes words in Han characters and their endings in kana; Chinese uses no kana.
        int kana = letters.getOrDefault(UnicodeScript.HIRAGANA, 0) + letters.getOrDefault(UnicodeScript.KATAKANA, 0);
        if (main == UnicodeScript.HAN && kana > 0) {
            main = UnicodeScript.HIRAGANA;
        }
        return Optional.of(names.getOrDefault(main, scriptName(main)));
    }

    /** "OL_CHIKI" as "Ol Chiki script". */
    private static String scriptName(UnicodeScript script) {
        return Arrays.stream(script.name().split("_"))
                .map(word -> word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" ")) + " script";
    }

    /** Reads {@code script<TAB>name} lines; {@code #} starts a comment. Fails fast on a script Java does not know. */
    static Map<UnicodeScript, String> load(String resource) {
        InputStream in = ScriptLanguages.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("The resource " + resource + " is missing");
        }
        Map<UnicodeScript, String> names = new EnumMap<>(UnicodeScript.class);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length != 2 || fields[1].isBlank()) {
                    throw new IllegalStateException(resource + ": expected 'SCRIPT<TAB>name' but found: " + line);
                }
                try {
                    names.put(UnicodeScript.valueOf(fields[0].strip()), fields[1].strip());
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(resource + ": " + fields[0] + " is not a Unicode script name", e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
