package com.articlechat.web;

/** A question longer than {@code articlechat.ask.max-question-length}. */
class QuestionTooLongException extends RuntimeException {

    QuestionTooLongException(int length, int limit) {
        super("The question is " + length + " characters long; the limit is " + limit + ". Shorten it and ask again.");
    }
}
