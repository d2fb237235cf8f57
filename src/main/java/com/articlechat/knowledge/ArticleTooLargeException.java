package com.articlechat.knowledge;

/** An article over {@code articlechat.knowledge.max-file-size}; the folder would refuse the same file. */
public class ArticleTooLargeException extends RuntimeException {

    public ArticleTooLargeException(long bytes, long limit) {
        super("The article is " + bytes + " bytes; the limit is " + limit
                + " bytes (articlechat.knowledge.max-file-size).");
    }
}
