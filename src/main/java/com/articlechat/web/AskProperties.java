package com.articlechat.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits on what a client may ask.
 *
 * @param maxQuestionLength longer questions are refused with 400; they cost embedding and prompt space
 * @param streamTimeout     the longest a streamed answer may stay open, whatever the model does
 */
@ConfigurationProperties("articlechat.ask")
public record AskProperties(int maxQuestionLength, java.time.Duration streamTimeout) {

    /** Refuses a question over the limit; bean validation cannot read a configured limit. */
    void checkLength(String question) {
        if (question.length() > maxQuestionLength) {
            throw new QuestionTooLongException(question.length(), maxQuestionLength);
        }
    }
}
