package com.articlechat.web;

import java.io.IOException;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Headers that make the chat page refuse to run anything but its own script files, as a second
 * line of defence behind rendering article text, questions and model output as text only.
 */
@Component
class SecurityHeadersFilter extends OncePerRequestFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";
    /** The API description's UI sets a few inline styles; its scripts stay as strictly confined as the page's. */
    static final String API_UI_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'",
            "style-src 'self' 'unsafe-inline'");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy",
                request.getRequestURI().startsWith("/swagger-ui/") ? API_UI_POLICY : CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        chain.doFilter(request, response);
    }
}
