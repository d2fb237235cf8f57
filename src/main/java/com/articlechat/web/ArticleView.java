package com.articlechat.web;

import java.util.List;

import com.articlechat.knowledge.Article;

/**
 * {@code GET /api/articles/{id}}: the article's text with its paragraphs numbered; offsets are
 * UTF-16 indexes into {@code text}, the same as citations use. {@code questions} are the ones the
 * page suggests asking about it.
 */
record ArticleView(String id, String title, String version, String source, String language, String url,
        String published, String byline, String text, List<ParagraphView> paragraphs, List<String> questions) {

    record ParagraphView(int n, int start, int end, String text) {
    }

    static ArticleView of(Article article, List<String> questions) {
        var meta = article.metadata();
        return new ArticleView(article.id(), meta.title(), article.version(), meta.source(), meta.language(),
                meta.url(), meta.published(), meta.byline(), article.text(),
                article.paragraphs().stream()
                        .map(p -> new ParagraphView(p.number(), p.start(), p.end(), p.text()))
                        .toList(),
                questions);
    }
}
