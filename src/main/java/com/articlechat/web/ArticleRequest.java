package com.articlechat.web;

import com.articlechat.knowledge.FrontMatter;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * An article sent as JSON to {@code POST /api/articles} or {@code PUT /api/articles/{id}}.
 *
 * @param id   optional on POST (the title's slug is used), and if given on PUT it must match the path
 * @param text the body: paragraphs separated by blank lines
 */
public record ArticleRequest(
        @Pattern(regexp = "[a-z0-9-]{1,100}", message = "'id' must be 1 to 100 lower-case letters, digits and dashes.")
        String id,
        @NotBlank(message = "Give the article a 'title'.") String title,
        String text, String source, String url, String published, String language, String byline) {

    /** The article file text: front matter, then the body as sent. */
    String content() {
        return FrontMatter.of(title, source, url, published, byline, language) + (text == null ? "" : text);
    }
}
