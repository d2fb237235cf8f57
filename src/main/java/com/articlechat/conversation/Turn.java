package com.articlechat.conversation;

/**
 * One remembered turn.
 *
 * @param question       the question as asked
 * @param retrievalQuery what was searched for it; the heuristic rewriter takes its context from here,
 *                       so a chain of follow-ups keeps the thread
 * @param answer         the answer text without citation markers: they numbered that turn's passages
 *                       and would point at the wrong ones in a later turn
 */
record Turn(String question, String retrievalQuery, String answer) {

    /** What this turn costs against {@code max-chars}: the text the model is shown again. */
    int chars() {
        return question.length() + answer.length();
    }
}
