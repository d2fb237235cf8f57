package com.articlechat.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.articlechat.conversation.ConversationService;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code DELETE /api/conversations/{id}}: forgets a conversation ("New chat"). Always 204, for
 * unknown, expired and malformed ids too: the outcome the client wants (the conversation is gone)
 * holds either way, a retried DELETE stays harmless, and a 404 would tell a prober which ids exist.
 */
@Tag(name = "Ask")
@RestController
class ConversationController {

    private final ConversationService conversations;

    ConversationController(ConversationService conversations) {
        this.conversations = conversations;
    }

    @Operation(summary = "Forget a conversation (\"New chat\")")
    @ApiResponse(responseCode = "204", description = "Gone, whether or not it was known")
    @DeleteMapping("/api/conversations/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String id) {
        conversations.forget(id);
    }
}
