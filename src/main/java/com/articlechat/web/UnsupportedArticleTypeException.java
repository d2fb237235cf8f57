package com.articlechat.web;

/** An uploaded file that is not {@code .md}, {@code .txt} or {@code .html}. */
class UnsupportedArticleTypeException extends RuntimeException {

    UnsupportedArticleTypeException(String fileName) {
        super("'" + fileName + "' cannot be an article: upload a .md, .txt or .html file.");
    }
}
