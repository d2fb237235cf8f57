package com.articlechat.knowledge;

import java.time.Instant;

/** One version an article has had while this process ran. */
public record ArticleVersion(String version, Instant ingestedAt, int paragraphs) {
}
