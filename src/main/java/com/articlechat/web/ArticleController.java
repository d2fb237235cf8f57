package com.articlechat.web;

import java.util.Comparator;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.articlechat.knowledge.Article;
import com.articlechat.knowledge.ArticleCatalog;
import com.articlechat.knowledge.UnknownArticleException;

/** Read access to the articles being served, numbered as citations number them. */
@RestController
class ArticleController {

    private final ArticleCatalog catalog;

    ArticleController(ArticleCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/api/articles")
    List<ArticleSummary> list() {
        return catalog.articles().stream()
                .sorted(Comparator.comparing(Article::id))
                .map(ArticleSummary::of)
                .toList();
    }

    @GetMapping("/api/articles/{id}")
    ArticleView get(@PathVariable String id) {
        return ArticleView.of(catalog.article(id).orElseThrow(() -> new UnknownArticleException(id)));
    }
}
