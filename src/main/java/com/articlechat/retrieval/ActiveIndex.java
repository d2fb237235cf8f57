package com.articlechat.retrieval;

import java.util.Collection;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.articlechat.knowledge.Article;
import com.articlechat.knowledge.ArticleCatalog;
import com.articlechat.knowledge.ArticlesChanged;

import dev.langchain4j.model.embedding.EmbeddingModel;

/**
 * Holds the index being served. A new index is built completely off to the side and then swapped
 * in with one reference change, so a question sees either the old articles or the new ones, never
 * a half-built index or an article missing during its own replacement.
 */
@Component
public class ActiveIndex {

    private static final Logger log = LoggerFactory.getLogger(ActiveIndex.class);

    private final EmbeddingModel embeddingModel;
    private final AtomicReference<SearchIndex> current = new AtomicReference<>(SearchIndex.empty());
    private final IndexProgress progress = new IndexProgress();
    private volatile IndexStats stats;

    public ActiveIndex(EmbeddingModel embeddingModel, ArticleCatalog catalog) {
        this.embeddingModel = embeddingModel;
        rebuild(catalog.articles());
    }

    /** The catalog publishes changes one at a time, so builds never race each other. */
    @EventListener
    public void onArticlesChanged(ArticlesChanged change) {
        rebuild(change.articles());
    }

    /** What the last build did; null until the first one has finished. */
    public IndexStats stats() {
        return stats;
    }

    public IndexProgress progress() {
        return progress;
    }

    SearchIndex current() {
        return current.get();
    }

    private void rebuild(Collection<Article> articles) {
        long start = System.nanoTime();
        progress.started();
        SearchIndex next;
        try {
            next = SearchIndex.build(articles, progress.counting(embeddingModel), current.get());
        } finally {
            progress.finished();
        }
        current.set(next);
        double ms = (System.nanoTime() - start) / 1e6;
        stats = new IndexStats(articles.size(), next.sentenceCount(), next.embeddedCount(), Math.round(ms * 10) / 10.0,
                java.time.Instant.now());
        log.info("Index swapped in: {} article(s), {} sentences, {} newly embedded, {} ms", articles.size(),
                next.sentenceCount(), next.embeddedCount(), Math.round(ms));
    }
}
