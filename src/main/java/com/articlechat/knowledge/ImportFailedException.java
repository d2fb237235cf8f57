package com.articlechat.knowledge;

/** Fetching a page failed on the other side: no answer, a timeout, or an HTTP error status. */
public class ImportFailedException extends RuntimeException {

    public ImportFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
