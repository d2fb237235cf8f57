package com.articlechat.openai;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /v1/models}: what a chat client offers in its model picker. */
@RestController
class ModelsController {

    private final ArticleModels models;

    ModelsController(ArticleModels models) {
        this.models = models;
    }

    /** OpenAI's list shape. */
    record ModelList(String object, List<ArticleModels.Model> data) {
    }

    @GetMapping("/v1/models")
    ModelList list() {
        return new ModelList("list", models.list());
    }

    @GetMapping("/v1/models/{model}")
    ArticleModels.Model get(@PathVariable String model) {
        return models.find(model).orElseThrow(() -> OpenAiException.unknownModel(model));
    }
}
