package com.articlechat.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.articlechat.retrieval.ActiveIndex;
import com.articlechat.retrieval.IndexStatus;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** How far indexing has got: the page shows it as a progress bar while an archive is being indexed. */
@Tag(name = "Articles", description = "The articles served, numbered as citations number them")
@RestController
class IndexController {

    private final ActiveIndex index;

    IndexController(ActiveIndex index) {
        this.index = index;
    }

    @Operation(summary = "Indexing progress", description = "state is indexing or ready; while indexing, questions"
            + " across all articles are answered over the articles searchable so far, with a notice")
    @GetMapping("/api/index")
    IndexStatus status() {
        return index.status();
    }
}
