package com.articlechat.knowledge;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Watches the knowledge folder and re-ingests a file once it has been quiet for the debounce time;
 * deleted files stop being served. Ingesting runs on one background thread, so changes apply in
 * the order they settled.
 */
@Component
class KnowledgeFolderWatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeFolderWatcher.class);

    private final ArticleCatalog catalog;
    private final KnowledgeProperties properties;
    private final Map<Path, ScheduledFuture<?>> pending = new ConcurrentHashMap<>();
    private ScheduledExecutorService ingester;
    private WatchService watchService;
    private Thread watcherThread;
    private volatile boolean running;

    KnowledgeFolderWatcher(ArticleCatalog catalog, KnowledgeProperties properties) {
        this.catalog = catalog;
        this.properties = properties;
    }

    @Override
    public void start() {
        Path dir = properties.dir().toAbsolutePath().normalize();
        if (!properties.watch() || !Files.isDirectory(dir)) {
            log.info("Not watching {} (watch={}, exists={})", dir, properties.watch(), Files.isDirectory(dir));
            return;
        }
        try {
            watchService = FileSystems.getDefault().newWatchService();
            dir.register(watchService, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot watch the knowledge folder " + dir, e);
        }
        ingester = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "knowledge-ingest"));
        running = true;
        watcherThread = new Thread(() -> watch(dir), "knowledge-watch");
        watcherThread.setDaemon(true);
        watcherThread.start();
        // Files changed between the start-up load and the watch registration are caught here.
        ingester.execute(() -> rescan(dir));
        log.info("Watching {} for article changes", dir);
    }

    @Override
    public void stop() {
        running = false;
        if (watchService != null) {
            try {
                watchService.close();
            } catch (IOException e) {
                log.debug("Closing the watch service failed", e);
            }
        }
        if (ingester != null) {
            ingester.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void watch(Path dir) {
        while (running) {
            WatchKey key;
            try {
                key = watchService.take();
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            }
            for (WatchEvent<?> event : key.pollEvents()) {
                if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                    ingester.execute(() -> rescan(dir));
                } else if (event.context() instanceof Path name && ArticleCatalog.isArticleFile(name)) {
                    settle(dir.resolve(name));
                }
            }
            if (!key.reset()) {
                log.warn("The knowledge folder {} is no longer watchable", dir);
                return;
            }
        }
    }

    /** (Re)starts the quiet-time clock of one file; only the last change of a burst is ingested. */
    private void settle(Path file) {
        pending.compute(file, (f, previous) -> {
            if (previous != null) {
                previous.cancel(false);
            }
            return ingester.schedule(() -> ingest(f), properties.debounce().toMillis(), TimeUnit.MILLISECONDS);
        });
    }

    private void ingest(Path file) {
        pending.remove(file);
        try {
            if (Files.isRegularFile(file)) {
                catalog.reload(file);
            } else {
                catalog.forget(file);
            }
        } catch (RuntimeException e) {
            log.error("Ingesting {} failed", file, e);
        }
    }

    private void rescan(Path dir) {
        Set<Path> present = new HashSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(Files::isRegularFile).filter(ArticleCatalog::isArticleFile)
                    .map(f -> f.toAbsolutePath().normalize()).forEach(present::add);
        } catch (IOException e) {
            log.error("Rescanning {} failed", dir, e);
            return;
        }
        present.forEach(this::ingest);
        for (ArticleStatus status : catalog.statuses()) {
            if (status.file() != null && !present.contains(status.file()) && !Files.exists(status.file())) {
                catalog.forget(status.file());
            }
        }
    }
}
