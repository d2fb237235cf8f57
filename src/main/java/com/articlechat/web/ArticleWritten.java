package com.articlechat.web;

import com.articlechat.knowledge.Article;

/** The answer to a successful write: the version now served, as {@code GET /api/articles} would list it. */
record ArticleWritten(String id, String version, int paragraphs, String title) {

    static ArticleWritten of(Article article) {
        return new ArticleWritten(article.id(), article.version(), article.paragraphs().size(), article.title());
    }
}
