package com.articlechat.web;

import java.util.stream.Collectors;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.articlechat.answer.ModelBusyException;
import com.articlechat.knowledge.ArticleExistsException;
import com.articlechat.knowledge.ArticleTooLargeException;
import com.articlechat.knowledge.ImportFailedException;
import com.articlechat.knowledge.ImportRefusedException;
import com.articlechat.knowledge.InvalidArticleException;
import com.articlechat.knowledge.NoArticleFoundException;
import com.articlechat.knowledge.PageTooLargeException;
import com.articlechat.knowledge.UnknownArticleException;
import com.articlechat.knowledge.ArticleNotIndexedException;

/**
 * Maps every error a client can cause to an RFC 9457 problem body with a sentence a person can act
 * on; Spring's base class already covers wrong methods, media types and the like.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler(UnknownArticleException.class)
    ProblemDetail unknownArticle(UnknownArticleException e) {
        return problem(HttpStatus.NOT_FOUND, "Unknown article", e.getMessage() + " See GET /api/articles for the ids.");
    }

    /** The article is in the folder but not searchable yet: it is indexed next, so asking again soon works. */
    @ExceptionHandler(ArticleNotIndexedException.class)
    ResponseEntity<ProblemDetail> notIndexed(ArticleNotIndexedException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Article not indexed yet", e.getMessage()));
    }

    @ExceptionHandler(QuestionTooLongException.class)
    ProblemDetail tooLong(QuestionTooLongException e) {
        return problem(HttpStatus.BAD_REQUEST, "Question is too long", e.getMessage());
    }

    /** Every model call is taken and the queue is full: come back later, rather than wait on a held thread. */
    @ExceptionHandler(ModelBusyException.class)
    ResponseEntity<ProblemDetail> busy(ModelBusyException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfter().toSeconds()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(HttpStatus.TOO_MANY_REQUESTS, "Model busy", e.getMessage()));
    }

    @ExceptionHandler(AdminTokenException.class)
    ResponseEntity<ProblemDetail> adminToken(AdminTokenException e) {
        String title = e.status() == HttpStatus.UNAUTHORIZED ? "Admin token required" : "Not allowed";
        ResponseEntity.BodyBuilder response = ResponseEntity.status(e.status());
        if (e.status() == HttpStatus.UNAUTHORIZED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return response.body(problem(e.status(), title, e.getMessage()));
    }

    @ExceptionHandler(InvalidArticleException.class)
    ProblemDetail invalidArticle(InvalidArticleException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid article", e.getMessage());
    }

    @ExceptionHandler(NoArticleFoundException.class)
    ProblemDetail noArticle(NoArticleFoundException e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "No article found", e.getMessage());
    }

    @ExceptionHandler(PageTooLargeException.class)
    ProblemDetail pageTooLarge(PageTooLargeException e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Page too large", e.getMessage());
    }

    @ExceptionHandler(ArticleExistsException.class)
    ProblemDetail exists(ArticleExistsException e) {
        return problem(HttpStatus.CONFLICT, "Article exists", e.getMessage());
    }

    @ExceptionHandler(ArticleTooLargeException.class)
    ProblemDetail articleTooLarge(ArticleTooLargeException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "Article too large", e.getMessage());
    }

    @ExceptionHandler(UnsupportedArticleTypeException.class)
    ProblemDetail unsupportedType(UnsupportedArticleTypeException e) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported file type", e.getMessage());
    }

    @ExceptionHandler(ImportRefusedException.class)
    ProblemDetail importRefused(ImportRefusedException e) {
        return problem(HttpStatus.BAD_REQUEST, "URL refused", e.getMessage());
    }

    @ExceptionHandler(ImportFailedException.class)
    ProblemDetail importFailed(ImportFailedException e) {
        return problem(HttpStatus.BAD_GATEWAY, "Page could not be fetched", e.getMessage());
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem(HttpStatus.CONTENT_TOO_LARGE,
                "Upload too large", "The upload is larger than this server accepts (spring.servlet.multipart"
                        + ".max-file-size and max-request-size); articles are limited to "
                        + "articlechat.knowledge.max-file-size."));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> error.getDefaultMessage())
                .sorted()
                .collect(Collectors.joining(" "));
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Invalid request", detail));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String example = request.getDescription(false).startsWith("uri=/api/articles")
                ? "{\"title\": \"...\", \"text\": \"First paragraph.\\n\\nSecond paragraph.\"}"
                : "{\"question\": \"How long was the visit?\"}";
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Malformed request body",
                "The request body must be JSON such as " + example + "."));
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
