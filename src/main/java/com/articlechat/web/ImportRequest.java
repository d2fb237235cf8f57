package com.articlechat.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * {@code POST /api/articles/import}: a news page to fetch.
 *
 * @param id optional; by default the slug of the page's headline
 */
public record ImportRequest(
        @NotBlank(message = "Give the 'url' of the page to import.") String url,
        @Pattern(regexp = "[a-z0-9-]{1,100}", message = "'id' must be 1 to 100 lower-case letters, digits and dashes.")
        String id) {
}
