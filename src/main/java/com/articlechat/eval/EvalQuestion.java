package com.articlechat.eval;

import java.util.List;

/**
 * One line of a questions file ({@code dev-questions.jsonl}, or the multi-article sets under
 * {@code eval/news}).
 *
 * @param kind       {@code factual}, {@code paraphrase}, {@code numeric}, {@code who}, {@code multi},
 *                   {@code typo} or {@code out_of_scope}
 * @param gold       1-based paragraphs of {@code article} that answer it; empty when out of scope, or when
 *                   {@code evidence} names them instead
 * @param expectAny  strings of which a correct answer contains at least one
 * @param article    the article the question is about; null means the run's default
 * @param evidence   verbatim words of the article that answer it: the paragraphs holding them are gold,
 *                   however the reader counts paragraphs
 */
public record EvalQuestion(String id, String kind, String q, List<Integer> gold, List<String> expectAny,
        String article, List<String> evidence) {

    public EvalQuestion {
        gold = gold == null ? List.of() : List.copyOf(gold);
        expectAny = expectAny == null ? List.of() : List.copyOf(expectAny);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    public EvalQuestion(String id, String kind, String q, List<Integer> gold, List<String> expectAny, String article) {
        this(id, kind, q, gold, expectAny, article, List.of());
    }

    public boolean outOfScope() {
        return "out_of_scope".equals(kind) || gold.isEmpty() && evidence.isEmpty();
    }

    /** This question with its gold paragraphs worked out from its evidence. */
    EvalQuestion withGold(List<Integer> paragraphs) {
        return new EvalQuestion(id, kind, q, paragraphs, expectAny, article, evidence);
    }
}
