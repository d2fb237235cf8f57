package com.articlechat.web;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.articlechat.answer.Answer;
import com.articlechat.conversation.ConversationService;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** {@code POST /api/ask}: one question, one grounded answer with citations, as a turn of a conversation. */
@Tag(name = "Ask", description = "Questions and their grounded, cited answers")
@RestController
class AskController {

    private final ConversationService conversations;
    private final AskProperties properties;

    AskController(ConversationService conversations, AskProperties properties) {
        this.conversations = conversations;
        this.properties = properties;
    }

    @Operation(summary = "Ask a question",
            description = "Answers from the articles (or one, with articleId) and cites them: each citation names the"
                    + " article, version, paragraph, the quoted sentence and its offsets. mode is llm or extractive;"
                    + " an extractive answer quotes the best sentences and its notice says why. answered is false"
                    + " when the articles do not answer. Send the conversationId of an answer to ask a follow-up.")
    @ApiResponse(responseCode = "200", description = "The answer")
    @ApiResponse(responseCode = "400", description = "No question, a question over the length limit, malformed JSON"
            + " or an invalid articleId")
    @ApiResponse(responseCode = "404", description = "Unknown articleId")
    @ApiResponse(responseCode = "429", description = "Every model call is taken and the queue is full; ask again"
            + " after Retry-After seconds")
    @ApiResponse(responseCode = "503", description = "The server is shutting down")
    @PostMapping(path = "/api/ask", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Answer ask(@Valid @RequestBody AskRequest request) {
        properties.checkLength(request.question());
        return conversations.ask(request.question().strip(), request.scope(), request.conversationId());
    }
}
