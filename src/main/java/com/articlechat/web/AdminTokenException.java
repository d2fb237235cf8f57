package com.articlechat.web;

import org.springframework.http.HttpStatus;

/** A write request without the right admin token: 401 when none was sent, 403 when it is wrong or writes are off. */
class AdminTokenException extends RuntimeException {

    private final HttpStatus status;

    private AdminTokenException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    static AdminTokenException notConfigured() {
        return new AdminTokenException(HttpStatus.FORBIDDEN, "Changing articles through the API is disabled on"
                + " this server: set articlechat.admin-token (env ARTICLECHAT_ADMINTOKEN) and restart it.");
    }

    static AdminTokenException missing() {
        return new AdminTokenException(HttpStatus.UNAUTHORIZED,
                "This endpoint changes articles: send the header 'Authorization: Bearer <admin token>'.");
    }

    static AdminTokenException wrong() {
        return new AdminTokenException(HttpStatus.FORBIDDEN, "The admin token is not valid.");
    }

    HttpStatus status() {
        return status;
    }
}
