package com.articlechat.knowledge;

/** An article was to be created under an id that is already taken; replacing it is a different request. */
public class ArticleExistsException extends RuntimeException {

    private final String articleId;

    public ArticleExistsException(String articleId) {
        super("An article with id '" + articleId + "' already exists. Replace it with PUT /api/articles/" + articleId
                + ", or choose another id.");
        this.articleId = articleId;
    }

    public String articleId() {
        return articleId;
    }
}
