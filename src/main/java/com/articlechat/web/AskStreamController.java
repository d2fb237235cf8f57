package com.articlechat.web;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import com.articlechat.answer.AnswerStream;
import com.articlechat.conversation.ConversationService;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** {@code POST /api/ask/stream}: the answer as Server-Sent Events, token by token. */
@Tag(name = "Ask")
@RestController
class AskStreamController {

    private final ConversationService conversations;
    private final AskProperties properties;

    AskStreamController(ConversationService conversations, AskProperties properties) {
        this.conversations = conversations;
        this.properties = properties;
    }

    @Operation(summary = "Ask a question and stream the answer",
            description = "Server-Sent Events: passages (the numbered passages the model reads), then token events"
                    + " ({\"text\": ...}) as the model writes, then done with exactly the JSON of POST /api/ask; or"
                    + " error with a problem. If the model fails, stalls or the server shuts down mid-answer, done"
                    + " carries the extractive answer with a notice. Requests refused before the stream starts get"
                    + " a problem instead of events.")
    @ApiResponse(responseCode = "200", description = "The event stream",
            content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM_VALUE, schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "400", description = "No question, a question over the length limit, malformed JSON"
            + " or an invalid articleId")
    @ApiResponse(responseCode = "404", description = "Unknown articleId")
    @ApiResponse(responseCode = "429", description = "Every model call is taken and the queue is full; sent before"
            + " any event. Ask again after Retry-After seconds")
    @ApiResponse(responseCode = "503", description = "The server is shutting down")
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
