package com.articlechat.answer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import dev.langchain4j.model.input.PromptTemplate;

/**
 * The prompt files, read once at start-up. A missing file, a missing placeholder or an unknown one
 * stops the application with a message naming the file, rather than sending a broken prompt later.
 */
@Component
public class Prompts {

    /** Every prompt file and the placeholders it must contain. */
    static final Map<String, Set<String>> REQUIRED = Map.of(
            "answer-system.txt", Set.of("not_found"),
            "answer-user.txt", Set.of("passages", "question"),
            "answer-language.txt", Set.of("language"),
            "rewrite-followup.txt", Set.of("history", "question"),
            "translate-question.txt", Set.of("language", "question"));

    // Whatever stands between the braces, as LangChain4j's renderer reads it, so no odd name slips past.
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(.+?)\\s*}}");

    private final Map<String, PromptTemplate> templates = new LinkedHashMap<>();

    public Prompts(PromptProperties properties) {
        for (Map.Entry<String, Set<String>> entry : REQUIRED.entrySet()) {
            templates.put(entry.getKey(), load(properties.dir(), entry.getKey(), entry.getValue()));
        }
    }

    /** Fills the placeholders of {@code file}; every placeholder must be given a value. */
    public String render(String file, Map<String, Object> values) {
        PromptTemplate template = templates.get(file);
        if (template == null) {
            throw new IllegalArgumentException("No prompt file named " + file);
        }
        return template.apply(values).text();
    }

    static PromptTemplate load(Path dir, String file, Set<String> required) {
        Path path = dir.resolve(file);
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PromptFileException("The prompt file " + path.toAbsolutePath()
                    + " cannot be read; set articlechat.prompts.dir to the folder that holds " + REQUIRED.keySet(), e);
        }
        Set<String> found = placeholders(text);
        Set<String> missing = new TreeSet<>(required);
        missing.removeAll(found);
        Set<String> unknown = new TreeSet<>(found);
        unknown.removeAll(required);
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            throw new PromptFileException("The prompt file " + path.toAbsolutePath() + " must use the placeholders "
                    + new TreeSet<>(required) + (missing.isEmpty() ? "" : "; missing " + missing)
                    + (unknown.isEmpty() ? "" : "; unknown " + unknown));
        }
        return PromptTemplate.from(text);
    }

    static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1).strip());
        }
        return names;
    }

    /** A prompt file is missing, unreadable or has the wrong placeholders. */
    public static class PromptFileException extends RuntimeException {

        PromptFileException(String message) {
            super(message);
        }

        PromptFileException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
