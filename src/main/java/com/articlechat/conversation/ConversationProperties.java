package com.articlechat.conversation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How much of a conversation is remembered, and for how long.
 *
 * @param maxTurns         at most this many earlier turns are kept and shown to the model
 * @param maxChars         at most this many characters of earlier questions and answers are kept, so a
 *                         few long turns cannot crowd the passages out of the model's context window
 * @param idleTimeout      a conversation without questions for this long is forgotten
 * @param maxConversations at most this many conversations are held; beyond it the least recently used
 *                         is forgotten, so memory stays bounded whatever clients do
 */
@ConfigurationProperties("articlechat.conversation")
public record ConversationProperties(int maxTurns, int maxChars, Duration idleTimeout, int maxConversations) {

    public ConversationProperties {
        if (maxTurns < 0 || maxChars < 0 || maxConversations < 1 || idleTimeout == null || idleTimeout.isNegative()) {
            throw new IllegalArgumentException("articlechat.conversation needs max-turns >= 0, max-chars >= 0,"
                    + " max-conversations >= 1 and a non-negative idle-timeout");
        }
    }
}
