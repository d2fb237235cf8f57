package com.articlechat.web;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import com.articlechat.answer.AnswerStream;
import com.articlechat.conversation.ConversationService;

import jakarta.validation.Valid;

/** {@code POST /api/ask/stream}: the answer as Server-Sent Events, token by token. */
@RestController
class AskStreamController {

    private final ConversationService conversations;
    private final AskProperties properties;

    AskStreamController(ConversationService conversations, AskProperties properties) {
        this.conversations = conversations;
        this.properties = properties;
    }

    @PostMapping(path = "/api/ask/stream", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@Valid @RequestBody AskRequest request) {
        properties.checkLength(request.question());
        SseEmitter emitter = new SseEmitter(properties.streamTimeout().toMillis());
        AnswerStream stream = conversations.stream(request.question().strip(), request.scope(),
                request.conversationId(), new SseAnswerListener(emitter));
        // Whatever ends the response (the reader leaving, a timeout, an error) also ends the model call.
        emitter.onCompletion(stream::cancel);
        emitter.onTimeout(stream::cancel);
        emitter.onError(error -> stream.cancel());
        return emitter;
    }
}
