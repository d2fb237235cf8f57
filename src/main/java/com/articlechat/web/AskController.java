package com.articlechat.web;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.articlechat.answer.Answer;
import com.articlechat.answer.AnswerService;

import jakarta.validation.Valid;

/** {@code POST /api/ask}: one question, one grounded answer with citations. */
@RestController
class AskController {

    private final AnswerService answers;
    private final AskProperties properties;

    AskController(AnswerService answers, AskProperties properties) {
        this.answers = answers;
        this.properties = properties;
    }

    @PostMapping(path = "/api/ask", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Answer ask(@Valid @RequestBody AskRequest request) {
        properties.checkLength(request.question());
        return answers.ask(request.question().strip(), request.scope());
    }
}
