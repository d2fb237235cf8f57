package com.articlechat.web;

import java.util.Comparator;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.articlechat.knowledge.Article;
import com.articlechat.knowledge.ArticleCatalog;
import com.articlechat.knowledge.ArticleStatus;
import com.articlechat.knowledge.ArticleVersion;
import com.articlechat.knowledge.UnknownArticleException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Read access to the articles, numbered as citations number them; open to everyone. */
@Tag(name = "Articles", description = "The articles served, numbered as citations number them")
@RestController
class ArticleController {

    private final ArticleCatalog catalog;
    private final StarterQuestions starters;

    ArticleController(ArticleCatalog catalog, StarterQuestions starters) {
        this.catalog = catalog;
        this.starters = starters;
    }

    /** Every known id, served or failing, so an editor can see why a file is not being served. */
    @Operation(summary = "List the articles", description = "Every known id, served or failing to ingest"
            + " (lastError): id, title, version, paragraphs, ingestedAt")
    @GetMapping("/api/articles")
    List<ArticleSummary> list() {
        return catalog.statuses().stream()
                .sorted(Comparator.comparing(ArticleStatus::id))
                .map(ArticleSummary::of)
                .toList();
    }

    @Operation(summary = "An article's text and numbered paragraphs with offsets")
    @ApiResponse(responseCode = "200", description = "The article")
    @ApiResponse(responseCode = "404", description = "Unknown id")
    @GetMapping("/api/articles/{id}")
    ArticleView get(@PathVariable String id) {
        Article article = catalog.article(id).orElseThrow(() -> new UnknownArticleException(id));
        return ArticleView.of(article, starters.of(article));
    }

    /** The versions this process has served, newest first. */
    @Operation(summary = "An article's recent versions, newest first")
    @ApiResponse(responseCode = "200", description = "The versions")
    @ApiResponse(responseCode = "404", description = "Unknown id")
    @GetMapping("/api/articles/{id}/versions")
    List<ArticleVersion> versions(@PathVariable String id) {
        return catalog.status(id).orElseThrow(() -> new UnknownArticleException(id)).versions();
    }
}
