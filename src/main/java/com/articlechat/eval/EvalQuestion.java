package com.articlechat.eval;

import java.util.List;

/**
 * One line of a questions file (the format of {@code dev-questions.jsonl}).
 *
 * @param kind       {@code factual}, {@code paraphrase} or {@code out_of_scope}
 * @param gold       1-based paragraphs of {@code article} that answer it; empty when out of scope
 * @param expectAny  strings of which a correct answer contains at least one
 * @param article    the article the gold paragraphs belong to; null means the run's default
 */
public record EvalQuestion(String id, String kind, String q, List<Integer> gold, List<String> expectAny,
        String article) {

    public EvalQuestion {
        gold = gold == null ? List.of() : List.copyOf(gold);
        expectAny = expectAny == null ? List.of() : List.copyOf(expectAny);
    }

    public boolean outOfScope() {
        return "out_of_scope".equals(kind) || gold.isEmpty();
    }
}
