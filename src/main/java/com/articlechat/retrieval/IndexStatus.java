package com.articlechat.retrieval;

/**
 * How far indexing has got, as {@code GET /api/index} reports it.
 *
 * @param state              {@code indexing} while some article is not searchable at its latest version, else
 *                           {@code ready}
 * @param articlesIndexed    articles embedded completely, at the version being served
 * @param articlesTotal      articles in the knowledge folder that parse
 * @param articlesSearchable articles questions are answered from now, at the version in the folder
 * @param sentencesIndexed   sentences of the indexed articles
 * @param sentencesTotal     sentences of all articles
 * @param sentencesPerSecond how fast this indexing pass goes, sentences found in the cache included
 * @param etaSeconds         how long the rest should take at that pace; 0 when ready
 * @param sentencesEmbedded  sentences the embedding model computed since start; the others came from the
 *                           embedding cache or an earlier version of their article
 * @param lastError          why the last article that failed to index did, if one did; null otherwise
 */
public record IndexStatus(String state, int articlesIndexed, int articlesTotal, int articlesSearchable,
        long sentencesIndexed, long sentencesTotal, double sentencesPerSecond, long etaSeconds, long sentencesEmbedded,
        String lastError) {

    public static final String INDEXING = "indexing";
    public static final String READY = "ready";

    public boolean ready() {
        return READY.equals(state);
    }
}
