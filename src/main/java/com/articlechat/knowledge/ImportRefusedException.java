package com.articlechat.knowledge;

/** A URL that will not be fetched: not http(s), pointing into a private network, or redirecting too often. */
public class ImportRefusedException extends RuntimeException {

    public ImportRefusedException(String message) {
        super(message);
    }
}
