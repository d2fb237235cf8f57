package com.articlechat.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * A question, optionally scoped to one article.
 *
 * @param articleId      null or blank means every article
 * @param conversationId the {@code conversationId} of an earlier answer, to ask a follow-up; null or blank
 *                       starts a conversation, and so does an unknown, expired or malformed id (with a
 *                       notice in the answer) rather than failing the question
 */
public record AskRequest(
        @NotBlank(message = "Ask a question: 'question' must not be empty.") String question,
        @Pattern(regexp = "[a-z0-9-]{0,100}", message = "'articleId' must be an article id such as korea-china-visit.")
        String articleId,
        String conversationId) {

    String scope() {
        return articleId == null || articleId.isBlank() ? null : articleId;
    }
}
