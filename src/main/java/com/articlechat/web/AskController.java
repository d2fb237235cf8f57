package com.articlechat.web;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.articlechat.answer.Answer;
import com.articlechat.conversation.ConversationService;

import jakarta.validation.Valid;

/** {@code POST /api/ask}: one question, one grounded answer with citations, as a turn of a conversation. */
@RestController
class AskController {

    private final ConversationService conversations;
    private final AskProperties properties;

    AskController(ConversationService conversations, AskProperties properties) {
        this.conversations = conversations;
        this.properties = properties;
    }

    @PostMapping(path = "/api/ask", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Answer ask(@Valid @RequestBody AskRequest request) {
        properties.checkLength(request.question());
        return conversations.ask(request.question().strip(), request.scope(), request.conversationId());
    }
}
