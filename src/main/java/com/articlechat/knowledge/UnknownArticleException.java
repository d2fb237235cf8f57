package com.articlechat.knowledge;

/** A question or request named an article id that is not being served. */
public class UnknownArticleException extends RuntimeException {

    private final String articleId;

    public UnknownArticleException(String articleId) {
        super("No article with id '" + articleId + "' is being served.");
        this.articleId = articleId;
    }

    public String articleId() {
        return articleId;
    }
}
