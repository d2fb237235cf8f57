package com.articlechat.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a questions file: one JSON object per line, blank lines skipped. */
public final class EvalQuestions {

    private EvalQuestions() {
    }

    /** The questions of {@code file}, for the eval command and for tests that ask them over HTTP. */
    public static List<EvalQuestion> read(Path file) throws IOException {
        return read(file, JsonMapper.builder().build());
    }

    static List<EvalQuestion> read(Path file, JsonMapper json) throws IOException {
        List<EvalQuestion> questions = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                questions.add(parse(file, i + 1, lines.get(i), json));
            }
        }
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("No questions in " + file.toAbsolutePath());
        }
        return questions;
    }

    /**
     * One line of the questions file. Question files are written by hand, so a line that is not a
     * question says which line it is, rather than failing later with an empty question.
     */
    static EvalQuestion parse(Path file, int number, String line, JsonMapper json) {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(file + " line " + number + " is not JSON: " + e.getOriginalMessage(), e);
        }
        if (!node.isObject() || !node.path("q").isString() || node.path("q").asString().isBlank()) {
            throw new IllegalArgumentException(file + " line " + number
                    + " has no question: each line needs a \"q\" field, as in dev-questions.jsonl");
        }
        List<Integer> gold = new ArrayList<>();
        node.path("gold").forEach(g -> gold.add(g.asInt()));
        List<String> expect = new ArrayList<>();
        node.path("expect_any").forEach(e -> expect.add(e.asString()));
        List<String> evidence = new ArrayList<>();
        node.path("evidence").forEach(e -> evidence.add(e.asString()));
        return new EvalQuestion(node.path("id").asString(), node.path("kind").asString(), node.path("q").asString(),
                gold, expect, node.hasNonNull("article") ? node.get("article").asString() : null, evidence);
    }
}
