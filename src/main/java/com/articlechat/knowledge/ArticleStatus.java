package com.articlechat.knowledge;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * What the catalog knows about one article id: the version being served (null if no version of it
 * was ever readable), where it came from, and the last failed ingest, which never replaces a good version.
 *
 * @param versions recent versions, newest first
 */
public record ArticleStatus(String id, Article article, Path file, Instant ingestedAt, String lastError,
        Instant lastErrorAt, List<ArticleVersion> versions) {

    public ArticleStatus {
        versions = List.copyOf(versions);
    }
}
