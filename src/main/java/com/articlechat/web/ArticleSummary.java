package com.articlechat.web;

import com.articlechat.knowledge.Article;

/** One line of {@code GET /api/articles}. */
record ArticleSummary(String id, String title, String version, int paragraphs, String source, String language,
        String url, String published) {

    static ArticleSummary of(Article article) {
        var meta = article.metadata();
        return new ArticleSummary(article.id(), meta.title(), article.version(), article.paragraphs().size(),
                meta.source(), meta.language(), meta.url(), meta.published());
    }
}
