package com.articlechat.question;

import com.articlechat.knowledge.TextNormalizer;

/**
 * What a question asks, read once per question and handed to everything that needs it: the search,
 * the ranking model and the answerability model.
 *
 * @param text       the question as asked (or as rewritten to stand alone)
 * @param normalized the text folded for matching ({@link TextNormalizer})
 * @param expected   the kind of answer its first words ask for
 */
public record QuestionAnalysis(String text, String normalized, AnswerType expected) {

    public static QuestionAnalysis of(String text) {
        String normalized = TextNormalizer.normalize(text);
        return new QuestionAnalysis(text, normalized, AnswerType.of(normalized));
    }
}
