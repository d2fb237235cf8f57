package com.articlechat.retrieval;

import java.time.Instant;

/**
 * What the last index build did: how many sentences it holds and how many it had to embed.
 */
public record IndexStats(int articles, int sentences, int embedded, double buildMs, Instant builtAt) {
}
