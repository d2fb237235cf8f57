package com.articlechat.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits on what a client may ask.
 *
 * @param maxQuestionLength longer questions are refused with 400; they cost embedding and prompt space
 */
@ConfigurationProperties("articlechat.ask")
public record AskProperties(int maxQuestionLength) {
}
