package com.articlechat.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Lets a request into a {@link RequiresAdminToken} controller only with {@code Authorization: Bearer
 * <token>}. The scheme name is case-insensitive and followed by one or more spaces, as RFC 9110
 * (section 11.1) and RFC 6750 define it, so a standard client is never refused; the token itself must
 * match exactly. It runs before the body is read, so an unauthorised upload is not parsed
 * (multipart is resolved lazily for that reason).
 */
@Component
class AdminTokenInterceptor implements HandlerInterceptor {

    // credentials = "Bearer" 1*SP b64token (RFC 6750, section 2.1), the scheme in any case.
    private static final Pattern BEARER = Pattern.compile("(?i)Bearer +(\\S+)");

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
        Matcher bearer = authorization == null ? null : BEARER.matcher(authorization);
        if (bearer == null || !bearer.matches()) {
            throw AdminTokenException.missing();
        }
        byte[] given = bearer.group(1).getBytes(StandardCharsets.UTF_8);
        byte[] expected = properties.adminToken().getBytes(StandardCharsets.UTF_8);
        // Constant time, so the response time does not tell an attacker how much of a guess was right.
        if (!MessageDigest.isEqual(expected, given)) {
            throw AdminTokenException.wrong();
        }
    }
}
