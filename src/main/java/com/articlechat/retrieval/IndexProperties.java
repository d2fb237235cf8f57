package com.articlechat.retrieval;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the search index is built.
 *
 * @param cacheDir          where sentence embeddings are kept between runs, one folder per embedding
 *                          model, so a restart embeds only text it has not seen; empty keeps nothing
 * @param awaitOnStart      how long startup waits for the index before the server opens its port: a
 *                          small knowledge folder is then complete for the first question, while a
 *                          large archive is served at once and indexed in the background
 * @param progressLogInterval how often the background indexing logs how far it has got
 * @param retryFailedAfter  how long an article whose embedding failed waits before it is tried again
 */
@ConfigurationProperties("articlechat.index")
public record IndexProperties(Path cacheDir, Duration awaitOnStart, Duration progressLogInterval,
        Duration retryFailedAfter) {
}
