package com.articlechat.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may change the articles.
 *
 * @param adminToken the bearer token the write endpoints require; deliberately without a default, so
 *                   writing stays disabled until an operator sets one (env {@code ARTICLECHAT_ADMINTOKEN})
 */
@ConfigurationProperties("articlechat")
public record AdminProperties(String adminToken) {

    boolean tokenConfigured() {
        return adminToken != null && !adminToken.isBlank();
    }
}
