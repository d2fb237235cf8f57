package com.articlechat.knowledge;

/**
 * A question was asked of an article that is in the knowledge folder but not searchable yet: it
 * has been moved to the front of the indexing queue, and asking again after {@code retryAfterSeconds}
 * should find it.
 */
public class ArticleNotIndexedException extends RuntimeException {

    private final String articleId;
    private final long retryAfterSeconds;

    public ArticleNotIndexedException(String articleId, long retryAfterSeconds) {
        super("Article '" + articleId + "' is being indexed; ask again in " + retryAfterSeconds + " s.");
        this.articleId = articleId;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public String articleId() {
        return articleId;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
