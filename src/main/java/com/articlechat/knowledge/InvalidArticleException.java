package com.articlechat.knowledge;

/** An article file or upload that cannot be served: empty, binary, too large or without paragraphs. */
public class InvalidArticleException extends RuntimeException {

    public InvalidArticleException(String message) {
        super(message);
    }

    public InvalidArticleException(String message, Throwable cause) {
        super(message, cause);
    }
}
