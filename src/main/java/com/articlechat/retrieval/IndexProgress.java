package com.articlechat.retrieval;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The pace of the indexing pass in progress: when it began and how many sentences it has indexed,
 * from the cache or the model, for the rate and the time left that {@link IndexStatus} reports.
 */
final class IndexProgress {

    private final AtomicLong sentences = new AtomicLong();
    private final AtomicLong embedded = new AtomicLong();
    private volatile long startedNanos = System.nanoTime();
    /** When the pass ended; 0 while it runs, so the rate of a finished pass stays what it was. */
    private volatile long finishedNanos;
    private volatile String lastError;

    void passStarted() {
        sentences.set(0);
        finishedNanos = 0;
        startedNanos = System.nanoTime();
    }

    void passFinished() {
        if (finishedNanos == 0) {
            finishedNanos = System.nanoTime();
        }
    }

    void indexed(int sentenceCount, int embeddedCount) {
        sentences.addAndGet(sentenceCount);
        embedded.addAndGet(embeddedCount);
    }

    /** Sentences the embedding model computed since start. */
    long embedded() {
        return embedded.get();
    }

    void failed(String error) {
        lastError = error;
    }

    void cleared() {
        lastError = null;
    }

    String lastError() {
        return lastError;
    }

    /** Sentences per second since the pass began; 0 before its first article. */
    double rate() {
        long end = finishedNanos != 0 ? finishedNanos : System.nanoTime();
        double seconds = (end - startedNanos) / 1e9;
        long done = sentences.get();
        return done == 0 || seconds <= 0 ? 0 : done / seconds;
    }
}
