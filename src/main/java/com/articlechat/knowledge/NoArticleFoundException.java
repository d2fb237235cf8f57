package com.articlechat.knowledge;

/**
 * A web page was read but holds nothing that reads as an article (a section front, a login wall, an
 * error page). It is an {@link InvalidArticleException}, so an {@code .html} file in the folder that
 * fails this way is recorded like any other unreadable file.
 */
public class NoArticleFoundException extends InvalidArticleException {

    public NoArticleFoundException(String message) {
        super(message);
    }
}
