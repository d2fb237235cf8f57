package com.articlechat.knowledge;

/**
 * A question was asked of an article that is in the knowledge folder but not searchable yet (it has
 * been moved to the front of the indexing queue), or of all articles before any is searchable: asking
 * again after {@code retryAfterSeconds} should find it.
 */
public class ArticleNotIndexedException extends RuntimeException {

    private final String articleId;
    private final long retryAfterSeconds;

    public ArticleNotIndexedException(String articleId, long retryAfterSeconds) {
        this(articleId, retryAfterSeconds, "Article '" + articleId + "' is being indexed; ask again in "
                + retryAfterSeconds + " s.");
    }

    private ArticleNotIndexedException(String articleId, long retryAfterSeconds, String message) {
        super(message);
        this.articleId = articleId;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** No article is searchable yet: the first are being indexed. */
    public static ArticleNotIndexedException noneYet(long retryAfterSeconds) {
        return new ArticleNotIndexedException(null, retryAfterSeconds,
                "The articles are being indexed; ask again in " + retryAfterSeconds + " s.");
    }

    /** The article asked about; null when the question was asked of all articles. */
    public String articleId() {
        return articleId;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
