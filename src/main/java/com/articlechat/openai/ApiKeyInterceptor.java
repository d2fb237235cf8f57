package com.articlechat.openai;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Checks the bearer key of {@code /v1} requests when {@code articlechat.openai.api-key} is set.
 * Unset, any key or none is accepted: OpenAI clients always send one, and for local use it is a
 * placeholder.
 */
@Component
class ApiKeyInterceptor implements HandlerInterceptor {

    private static final Pattern BEARER = Pattern.compile("(?i)Bearer +(\\S+)");

    private final OpenAiProperties properties;

    ApiKeyInterceptor(OpenAiProperties properties) {
        this.properties = properties;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!properties.keyConfigured()) {
            return true;
        }
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        Matcher bearer = authorization == null ? null : BEARER.matcher(authorization.strip());
        if (bearer == null || !bearer.matches()) {
            throw OpenAiException.badKey(false);
        }
        byte[] given = bearer.group(1).getBytes(StandardCharsets.UTF_8);
        byte[] expected = properties.apiKey().getBytes(StandardCharsets.UTF_8);
        // Constant time, so the response time does not tell how much of a guess was right.
        if (!MessageDigest.isEqual(expected, given)) {
            throw OpenAiException.badKey(true);
        }
        return true;
    }
}
