package com.articlechat.question;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A question from its first word that says what it asks: without the courtesy ("Can you tell me
 * how long...") and hedges ("Roughly how much...") readers put before it. {@link AnswerType} reads
 * the kind of answer from the first words, and "Roughly how much is trade
 * worth?" asks for an amount as surely as "How much is trade worth?".
 */
final class QuestionStart {

    private static final Pattern PREAMBLE = Pattern.compile("^(?:(?:"
            + "(?:can|could|would) you (?:please )?(?:tell me|say)|do you know|does the article say|does it say"
            + "|tell me|i(?:'d| would) like to know|i want to know|i wonder"
            + "|please|so|and|but|ok(?:ay)?|hi|hello|roughly|approximately|about|around|exactly|precisely|just)"
            + "\\b[\\s,:]*)+");

    private QuestionStart() {
    }

    /** {@code question} lower-cased, from its first word past any preamble. */
    static String of(String question) {
        String lower = question.strip().toLowerCase(Locale.ROOT);
        String rest = PREAMBLE.matcher(lower).replaceFirst("");
        // "Tell me about the visit" is all preamble but the topic: nothing is left to strip it to.
        return rest.isBlank() ? lower : rest;
    }
}
