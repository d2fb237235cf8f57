package com.articlechat.retrieval;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.articlechat.knowledge.Article;
import com.articlechat.knowledge.ArticleCatalog;
import com.articlechat.knowledge.ArticlesChanged;
import com.articlechat.knowledge.Paragraph;
import com.articlechat.knowledge.TextNormalizer;
import com.articlechat.knowledge.ArticleNotIndexedException;
import com.articlechat.knowledge.UnknownArticleException;

/**
 * Holds the index being served and keeps it in step with the knowledge folder.
 *
 * <p>At start a background thread indexes every article, newest first (by the published date in
 * its metadata, then the shortest), while the server already answers over what is done: an archive
 * of thousands is served within seconds, not after minutes of embedding. A changed article is
 * embedded at once by the thread that reports the change, so an editor's save is answerable when
 * it returns.
 *
 * <p>An index is never changed, only replaced: each one is assembled from complete articles off to
 * the side and swapped in with one reference change, so a question sees a whole version of each
 * article or none of it. Swaps during the background pass are spaced so that assembling them costs
 * a small share of the indexing time.
 */
@Component
public class ActiveIndex implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ActiveIndex.class);
    /** Assembling an index is kept under about 1/40 of the background pass's time. */
    private static final int SWAP_SPACING = 40;
    private static final Duration MIN_SWAP_INTERVAL = Duration.ofSeconds(1);
    /**
     * Sentences embedded in one call to the model during the background pass: the model's threads wait
     * for the slowest at the end of each call, and the work between calls runs on one core, so fewer,
     * larger calls keep both cores busier (2,001 short articles: 41 s against 45 s in calls of 256).
     */
    private static final int BATCH_SENTENCES = 1024;
    private static final int FIRST_BATCH_SENTENCES = 64;

    private final ArticleEmbedder embedder;
    private final EmbeddingCache cache;
    private final IndexProperties properties;
    private final AtomicReference<SearchIndex> current = new AtomicReference<>(SearchIndex.empty());
    /** The latest complete embedding of each article; a version being replaced stays until its successor is done. */
    private final Map<String, IndexedArticle> indexed = new ConcurrentHashMap<>();
    private final Map<String, Long> failedAt = new ConcurrentHashMap<>();
    private final Set<String> urgent = ConcurrentHashMap.newKeySet();
    /** The article taken from {@code urgent} and being indexed now. */
    private final Set<String> askedForNow = ConcurrentHashMap.newKeySet();
    private final IndexProgress progress = new IndexProgress();
    private final AtomicInteger embeddedSinceSwap = new AtomicInteger();
    private final Object swapLock = new Object();
    private final Object work = new Object();
    private volatile Map<String, Article> wanted;
    private volatile IndexStats stats;
    private volatile boolean running;
    private volatile long lastSwapNanos;
    /**
     * Sentence vectors computed since the last swap, by normalised text: a text repeated in another
     * article is not embedded again.
     */
    private final Map<String, dev.langchain4j.data.embedding.Embedding> unswappedVectors = new ConcurrentHashMap<>();
    /** Whether an article was indexed since the last swap. */
    private volatile boolean unswapped;
    private volatile boolean readyLogged;
    private Thread worker;

    ActiveIndex(ArticleEmbedder embedder, EmbeddingCache cache, ArticleCatalog catalog, IndexProperties properties) {
        this.embedder = embedder;
        this.cache = cache;
        this.properties = properties;
        this.wanted = byId(catalog.articles());
    }

    /** Starts indexing and waits up to {@code await-on-start} for it, before the web server opens its port. */
    @Override
    public void start() {
        running = true;
        worker = new Thread(this::indexInBackground, "index-builder");
        worker.setDaemon(true);
        worker.start();
        if (!awaitReady(properties.awaitOnStart())) {
            IndexStatus status = status();
            log.info("Serving while indexing: {} of {} articles searchable so far", status.articlesSearchable(),
                    status.articlesTotal());
        }
    }

    @Override
    public void stop() {
        running = false;
        if (worker != null) {
            worker.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the web server starts (its phase is far higher), so {@code await-on-start} holds the port back. */
    @Override
    public int getPhase() {
        return 0;
    }

    /** The catalog publishes changes one at a time, under its lock: the changed articles are embedded now. */
    @EventListener
    public void onArticlesChanged(ArticlesChanged change) {
        Map<String, Article> previous = wanted;
        wanted = byId(change.articles());
        for (Article article : change.articles()) {
            Article before = previous.get(article.id());
            if ((before == null || !before.version().equals(article.version())) && !isIndexed(article)) {
                index(article);
            }
        }
        swap();
        wake();
    }

    /** Waits until every article is searchable or {@code timeout} passes; whether it is. */
    public boolean awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!status().ready()) {
            if (System.nanoTime() >= deadline) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /** How far indexing has got; ready once the index being served holds every article at its version. */
    public IndexStatus status() {
        int articles = 0;
        int searchable = 0;
        long sentences = 0;
        long total = 0;
        Map<String, Article> now = wanted;
        SearchIndex serving = current.get();
        for (Article article : now.values()) {
            int count = sentenceCount(article);
            total += count;
            if (isIndexed(article)) {
                articles++;
                sentences += count;
            }
            if (serving.article(article.id()).filter(a -> a.version().equals(article.version())).isPresent()) {
                searchable++;
            }
        }
        boolean ready = searchable == now.size();
        double rate = progress.rate();
        long eta = ready || rate == 0 ? 0 : Math.round(Math.ceil((total - sentences) / rate));
        return new IndexStatus(ready ? IndexStatus.READY : IndexStatus.INDEXING, articles, now.size(), searchable,
                sentences, total, Math.round(rate * 10) / 10.0, eta, progress.embedded(), progress.lastError());
    }

    /** Articles in the knowledge folder that parse, searchable yet or not. */
    public int articlesTotal() {
        return wanted.size();
    }

    /** What the last swap served; null until the first one. */
    public IndexStats stats() {
        return stats;
    }

    SearchIndex current() {
        return current.get();
    }

    /**
     * The article is not in the index being served: a 404 if it is not in the knowledge folder either,
     * else it is indexed next and the question is to be asked again shortly.
     */
    RuntimeException notSearchable(String articleId) {
        Article article = wanted.get(articleId);
        if (article == null) {
            return new UnknownArticleException(articleId);
        }
        urgent.add(articleId);
        wake();
        double rate = Math.max(progress.rate(), 1);
        long seconds = Math.max(1, Math.round(Math.ceil(2 * sentenceCount(article) / rate)) + 1);
        return new ArticleNotIndexedException(articleId, seconds);
    }

    /** A question asked of all articles before any is searchable: to be asked again shortly. */
    RuntimeException noneSearchableYet() {
        return ArticleNotIndexedException.noneYet(2);
    }

    private void indexInBackground() {
        try {
            embedder.load();
        } catch (RuntimeException e) {
            // An Ollama embedding model that is not reachable yet: each article fails, and is retried, below.
            log.warn("The embedding model is not available yet: {}", e.toString());
        }
        progress.passStarted();
        long lastLog = System.nanoTime();
        Deque<Article> queue = queue();
        log.info("Indexing {} article(s) in the background", queue.size());
        int batchLimit = FIRST_BATCH_SENTENCES;
        while (running) {
            Article next = next(queue);
            if (next == null) {
                if (unswapped) {
                    swap();
                }
                if (status().ready() && !readyLogged) {
                    readyLogged = true;
                    progress.passFinished();
                    progress.cleared();
                    logReady();
                    cache.retainOnly(wanted.keySet());
                }
                idle();
                queue = queue();
                if (!queue.isEmpty()) {
                    readyLogged = false;
                    progress.passStarted();
                }
                continue;
            }
            boolean askedFor = urgent.remove(next.id()) | askedForNow.remove(next.id());
            List<Article> batch = new ArrayList<>(List.of(next));
            int sentences = sentenceCount(next);
            // An article asked about is embedded alone, the sooner to answer; others go in batches,
            // small at first so that the newest articles are searchable within a second or two.
            while (!askedFor && sentences < batchLimit && urgent.isEmpty()) {
                Article more = next(queue);
                if (more == null) {
                    break;
                }
                batch.add(more);
                sentences += sentenceCount(more);
            }
            index(batch);
            batchLimit = Math.min(BATCH_SENTENCES, batchLimit * 2);
            // A reader is waiting for an article asked about: it is searchable as soon as it is done.
            if (askedFor || System.nanoTime() - lastSwapNanos >= swapInterval().toNanos()) {
                swap();
            }
            if (System.nanoTime() - lastLog >= properties.progressLogInterval().toNanos()) {
                lastLog = System.nanoTime();
                IndexStatus status = status();
                log.info("Indexing: {} of {} articles, {} sentences, {} sentences/s, about {} s left",
                        status.articlesIndexed(), status.articlesTotal(), status.sentencesIndexed(),
                        Math.round(status.sentencesPerSecond()), status.etaSeconds());
            }
        }
    }

    /** Articles still to index, newest first, then shortest: the most likely to be asked about, soonest. */
    private Deque<Article> queue() {
        long retryNanos = properties.retryFailedAfter().toNanos();
        List<Article> pending = new ArrayList<>();
        for (Article article : wanted.values()) {
            Long failed = failedAt.get(article.id());
            if (!isIndexed(article) && (failed == null || System.nanoTime() - failed >= retryNanos)) {
                pending.add(article);
            }
        }
        pending.sort(Comparator.comparing(ActiveIndex::published, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparingInt(ActiveIndex::sentenceCount));
        return new ArrayDeque<>(pending);
    }

    /** An article asked about first, else the queue's next still wanted at the version queued. */
    private Article next(Deque<Article> queue) {
        for (String id : List.copyOf(urgent)) {
            urgent.remove(id);
            Article article = wanted.get(id);
            if (article != null && !isIndexed(article)) {
                askedForNow.add(id);
                return article;
            }
        }
        while (!queue.isEmpty()) {
            Article article = queue.poll();
            Article now = wanted.get(article.id());
            if (now != null && !isIndexed(now)) {
                return now;
            }
        }
        return null;
    }

    private void index(Article article) {
        index(List.of(article));
    }

    /** Embeds the articles together; if that fails, one by one, so one bad article fails alone. */
    private void index(List<Article> articles) {
        List<IndexedArticle> done;
        try {
            SearchIndex serving = current.get();
            done = embedder.embedAll(articles, text -> serving.embeddingOf(text).or(() -> Optional.ofNullable(
                    unswappedVectors.get(text))));
        } catch (RuntimeException e) {
            if (articles.size() > 1) {
                articles.forEach(this::index);
                return;
            }
            Article article = articles.get(0);
            failedAt.put(article.id(), System.nanoTime());
            progress.failed("Could not index " + article.id() + ": " + e.getMessage());
            log.warn("Could not index {}: {}; its previous version, if any, stays served", article.id(),
                    e.toString());
            return;
        }
        for (IndexedArticle article : done) {
            // Kept only if still the version wanted: a save during the embedding has made it stale.
            indexed.compute(article.article().id(), (id, old) -> {
                Article now = wanted.get(id);
                return now != null && now.version().equals(article.version()) ? article : old;
            });
            failedAt.remove(article.article().id());
            unswapped = true;
            embeddedSinceSwap.addAndGet(article.embedded());
            List<dev.langchain4j.data.embedding.Embedding> vectors = article.vectors();
            List<com.articlechat.knowledge.Sentence> sentences = article.article().sentences();
            for (int i = 0; i < vectors.size(); i++) {
                unswappedVectors.putIfAbsent(TextNormalizer.normalize(sentences.get(i).text()), vectors.get(i));
            }
            progress.indexed(article.vectors().size(), article.embedded());
        }
    }

    /** Assembles the index of every article indexed so far and serves it. */
    private void swap() {
        synchronized (swapLock) {
            long start = System.nanoTime();
            unswapped = false;
            Map<String, Article> now = wanted;
            indexed.keySet().removeIf(id -> !now.containsKey(id));
            List<IndexedArticle> serving = new ArrayList<>();
            for (String id : now.keySet()) {
                IndexedArticle article = indexed.get(id);
                if (article != null) {
                    serving.add(article);
                }
            }
            SearchIndex next = SearchIndex.build(serving);
            current.set(next);
            unswappedVectors.clear();
            lastSwapNanos = System.nanoTime();
            double ms = (lastSwapNanos - start) / 1e6;
            stats = new IndexStats(serving.size(), next.sentenceCount(), embeddedSinceSwap.getAndSet(0),
                    Math.round(ms * 10) / 10.0, Instant.now());
            log.debug("Index swapped in: {} article(s), {} sentences, assembled in {} ms", serving.size(),
                    next.sentenceCount(), Math.round(ms));
        }
    }

    private Duration swapInterval() {
        IndexStats last = stats;
        Duration assembly = last == null ? Duration.ZERO : Duration.ofMillis(Math.round(last.buildMs() * SWAP_SPACING));
        return assembly.compareTo(MIN_SWAP_INTERVAL) > 0 ? assembly : MIN_SWAP_INTERVAL;
    }

    private void logReady() {
        IndexStatus status = status();
        log.info("Index ready: {} article(s), {} sentences", status.articlesTotal(), status.sentencesTotal());
    }

    private void idle() {
        synchronized (work) {
            try {
                work.wait(properties.retryFailedAfter().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }

    private void wake() {
        synchronized (work) {
            work.notifyAll();
        }
    }

    private boolean isIndexed(Article article) {
        IndexedArticle done = indexed.get(article.id());
        return done != null && done.version().equals(article.version());
    }

    // A plain loop: status() runs this for every article of the archive, each time a page polls.
    private static int sentenceCount(Article article) {
        int count = 0;
        for (Paragraph paragraph : article.paragraphs()) {
            count += paragraph.sentences().size();
        }
        return count;
    }

    /** The published date when it is ISO-8601 (which sorts as text), else null. */
    private static String published(Article article) {
        String published = article.metadata().published();
        return published != null && published.matches("\\d{4}-\\d{2}-\\d{2}.*") ? published : null;
    }

    private static Map<String, Article> byId(Collection<Article> articles) {
        Map<String, Article> byId = new LinkedHashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        return java.util.Collections.unmodifiableMap(byId);
    }
}
