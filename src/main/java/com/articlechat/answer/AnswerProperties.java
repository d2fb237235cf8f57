package com.articlechat.answer;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How extractive answers are chosen.
 *
 * @param extractiveSentences at most this many sentences are quoted
 * @param extractiveMargin    a further sentence is quoted only if its score is within this margin
 *                            of the best one, so weak matches do not dilute a strong one
 */
@ConfigurationProperties("articlechat.answer")
public record AnswerProperties(int extractiveSentences, double extractiveMargin) {
}
