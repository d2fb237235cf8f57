package com.articlechat.web;

import java.io.IOException;

import org.springframework.context.SmartLifecycle;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses new requests with 503 and {@code Retry-After} once shutdown has begun, while the answers in
 * flight are being ended and written. It is the first thing to stop: before the model calls are
 * ended, and before the web server's graceful shutdown waits for the requests it already has.
 * Health and metrics stay open, so readiness can say that the application is going away.
 */
@Component
class ShutdownGate extends OncePerRequestFilter implements SmartLifecycle {

    private static final String RETRY_AFTER_SECONDS = "5";

    private final JsonMapper json;
    private volatile boolean closed;
    private volatile boolean running;

    ShutdownGate(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!closed || request.getRequestURI().startsWith("/actuator/")) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), ApiExceptionHandler.problem(HttpStatus.SERVICE_UNAVAILABLE,
                "Shutting down", "The server is shutting down. Please try again in a moment."));
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        closed = true;
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops first of all: new requests are refused before the answers in flight are ended. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
