package com.articlechat.knowledge;

/**
 * What the front matter says about an article; every field but {@code title} may be null.
 */
public record ArticleMetadata(String title, String source, String url, String published, String byline,
        String language) {
}
