package com.articlechat.openai;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.articlechat.knowledge.ArticleNotIndexedException;
import com.articlechat.knowledge.UnknownArticleException;

/**
 * Errors of the {@code /v1} endpoints in OpenAI's shape, which OpenAI clients read, instead of the
 * problem details of the rest of the API. Ordered first, so it wins over the general handler for
 * the controllers of this package, and only for them.
 */
@RestControllerAdvice(basePackageClasses = OpenAiExceptionHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class OpenAiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(OpenAiExceptionHandler.class);

    @ExceptionHandler(OpenAiException.class)
    ResponseEntity<OpenAiError> refused(OpenAiException e) {
        return ResponseEntity.status(e.status()).body(e.body());
    }

    /** An article removed between the model check and the search. */
    @ExceptionHandler(UnknownArticleException.class)
    ResponseEntity<OpenAiError> unknownArticle(UnknownArticleException e) {
        return refused(new OpenAiException(HttpStatus.NOT_FOUND, "invalid_request_error", "model_not_found", "model",
                e.getMessage()));
    }

    /** The article is in the folder but not searchable yet; it is indexed next. */
    @ExceptionHandler(ArticleNotIndexedException.class)
    ResponseEntity<OpenAiError> notIndexed(ArticleNotIndexedException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(org.springframework.http.HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
                .body(OpenAiError.of(e.getMessage(), "server_error", null, "article_not_indexed"));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<OpenAiError> unreadable(HttpMessageNotReadableException e) {
        return refused(OpenAiException.invalid(null, "The request body must be JSON such as {\"model\": \""
                + ArticleModels.ALL + "\", \"messages\": [{\"role\": \"user\", \"content\": \"How long was the visit?\"}]}."));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<OpenAiError> notJson(HttpMediaTypeNotSupportedException e) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(OpenAiError.of(
                "Send the request body as JSON, with 'Content-Type: application/json'.", "invalid_request_error",
                null, null));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<OpenAiError> unexpected(Exception e) {
        log.error("A /v1 request failed", e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(OpenAiError.of(
                "The answer could not be completed. Please ask again.", "server_error", null, null));
    }
}
