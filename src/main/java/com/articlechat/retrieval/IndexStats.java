package com.articlechat.retrieval;

import java.time.Instant;

/**
 * What the index swapped in last holds, and how long assembling it took.
 *
 * @param embedded sentences the embedding model was asked for since the swap before, the rest of
 *                 this one's coming from the index before it or the embedding cache
 */
public record IndexStats(int articles, int sentences, int embedded, double buildMs, Instant builtAt) {
}
