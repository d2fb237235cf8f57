package com.articlechat.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Lets a request into a {@link RequiresAdminToken} controller only with {@code Authorization: Bearer
 * <token>}, exactly so spelled. It runs before the body is read, so an unauthorised upload is not
 * parsed (multipart is resolved lazily for that reason).
 */
@Component
class AdminTokenInterceptor implements HandlerInterceptor {

    private static final String BEARER = "Bearer ";

    private final AdminProperties properties;

    AdminTokenInterceptor(AdminProperties properties) {
        this.properties = properties;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method && method.getBeanType().isAnnotationPresent(RequiresAdminToken.class)) {
            check(request.getHeader(HttpHeaders.AUTHORIZATION));
        }
        return true;
    }

    private void check(String authorization) {
        if (!properties.tokenConfigured()) {
            throw AdminTokenException.notConfigured();
        }
        if (authorization == null || !authorization.startsWith(BEARER)) {
            throw AdminTokenException.missing();
        }
        byte[] given = authorization.substring(BEARER.length()).getBytes(StandardCharsets.UTF_8);
        byte[] expected = properties.adminToken().getBytes(StandardCharsets.UTF_8);
        // Constant time, so the response time does not tell an attacker how much of a guess was right.
        if (!MessageDigest.isEqual(expected, given)) {
            throw AdminTokenException.wrong();
        }
    }
}
