package com.articlechat.openai;

import org.springframework.http.HttpStatus;

/** A request the OpenAI-compatible API refuses, with the status, type and code OpenAI would use. */
class OpenAiException extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final String code;
    private final String param;

    OpenAiException(HttpStatus status, String type, String code, String param, String message) {
        super(message);
        this.status = status;
        this.type = type;
        this.code = code;
        this.param = param;
    }

    static OpenAiException invalid(String param, String message) {
        return new OpenAiException(HttpStatus.BAD_REQUEST, "invalid_request_error", null, param, message);
    }

    static OpenAiException unknownModel(String model) {
        return new OpenAiException(HttpStatus.NOT_FOUND, "invalid_request_error", "model_not_found", "model",
                "The model '" + model + "' does not exist. GET /v1/models lists '" + ArticleModels.ALL
                        + "' and one '" + ArticleModels.ALL + ":<articleId>' per article.");
    }

    static OpenAiException badKey(boolean given) {
        return new OpenAiException(HttpStatus.UNAUTHORIZED, "invalid_request_error", "invalid_api_key", null,
                given ? "Incorrect API key provided. Use the key set in articlechat.openai.api-key."
                        : "This server needs an API key: send 'Authorization: Bearer <key>' with the key set in"
                                + " articlechat.openai.api-key.");
    }

    HttpStatus status() {
        return status;
    }

    /** The body clients parse: {@code {"error": {"message", "type", "param", "code"}}}. */
    OpenAiError body() {
        return OpenAiError.of(getMessage(), type, param, code);
    }
}
