package com.articlechat.answer;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How answers are put together.
 *
 * @param extractiveSentences at most this many sentences are quoted
 * @param extractiveMargin    a further sentence is quoted only if its fit ({@code Passage.fit}: the
 *                            word-by-word score within one article, else the cosine) is within this
 *                            margin of the best one's, so weak matches do not dilute a strong one
 * @param fullArticleTokens   when the articles in scope fit this many tokens (estimated), the model is
 *                            given them whole, sentence by sentence, instead of retrieved passages;
 *                            0 always retrieves. It must leave room in {@code num-ctx} for the
 *                            instructions, the conversation and the answer.
 */
@ConfigurationProperties("articlechat.answer")
public record AnswerProperties(int extractiveSentences, double extractiveMargin, int fullArticleTokens) {
}
