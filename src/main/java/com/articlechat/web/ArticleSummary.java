package com.articlechat.web;

import java.time.Instant;

import com.articlechat.knowledge.Article;
import com.articlechat.knowledge.ArticleMetadata;
import com.articlechat.knowledge.ArticleStatus;

/**
 * One line of {@code GET /api/articles}: the version served and the last failed ingest, if any.
 * {@code title}, {@code version} and {@code paragraphs} are null for an id no version of which could
 * be read; {@code lastError} stays set after a failure while the previous version goes on serving.
 */
record ArticleSummary(String id, String title, String version, Integer paragraphs, String source, String language,
        String url, String published, String byline, Instant ingestedAt, String lastError, Instant lastErrorAt) {

    static ArticleSummary of(ArticleStatus status) {
        Article article = status.article();
        if (article == null) {
            return new ArticleSummary(status.id(), null, null, null, null, null, null, null, null, null,
                    status.lastError(), status.lastErrorAt());
        }
        ArticleMetadata meta = article.metadata();
        return new ArticleSummary(status.id(), meta.title(), article.version(), article.paragraphs().size(),
                meta.source(), meta.language(), meta.url(), meta.published(), meta.byline(), status.ingestedAt(),
                status.lastError(), status.lastErrorAt());
    }
}
