package com.articlechat.knowledge;

/** A page to import is larger than the import limit: only part of it could be read, so none of it is used. */
public class PageTooLargeException extends RuntimeException {

    public PageTooLargeException(String message) {
        super(message);
    }
}
