package com.articlechat.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What the chat page needs to know of the server's configuration; open to everyone, it holds no secret. */
@RestController
class ClientConfigController {

    private final AskProperties ask;

    ClientConfigController(AskProperties ask) {
        this.ask = ask;
    }

    @GetMapping("/api/config")
    ClientConfig config() {
        return new ClientConfig(ask.maxQuestionLength());
    }
}
