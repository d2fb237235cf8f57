package com.articlechat.knowledge;

import java.util.List;

/**
 * What the front matter says about an article; every field but {@code title} may be null.
 *
 * @param questions the questions the editor suggests asking about it ({@code questions:} in the
 *                  front matter), in their order; empty when there are none
 */
public record ArticleMetadata(String title, String source, String url, String published, String byline,
        String language, List<String> questions) {

    public ArticleMetadata {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }
}
