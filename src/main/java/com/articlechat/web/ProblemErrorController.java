package com.articlechat.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Where the servlet container sends errors that no controller handled (an exception in a filter, an
 * unexpected failure): they are RFC 9457 problems like every other error, never Spring's default
 * body. Asked for directly, {@code /error} is simply not found.
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    @RequestMapping(path = "${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        ProblemDetail problem;
        if (status == null) {
            status = HttpStatus.NOT_FOUND;
            problem = ApiExceptionHandler.problem(status, "Not Found", "There is nothing at " + request.getRequestURI()
                    + ".");
        } else if (status.is5xxServerError()) {
            Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            log.error("Request to {} failed", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                    failure instanceof Throwable t ? t : null);
            problem = ApiExceptionHandler.problem(status, status.getReasonPhrase(),
                    "The server could not complete the request; the failure has been logged. Please try again.");
        } else {
            problem = ApiExceptionHandler.problem(status, status.getReasonPhrase(),
                    "The request to " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)
                            + " could not be served (" + status.value() + " " + status.getReasonPhrase() + ").");
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
