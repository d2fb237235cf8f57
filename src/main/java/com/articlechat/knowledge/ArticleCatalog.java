package com.articlechat.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The articles being served. The knowledge folder is the single source of truth: API writes become
 * files there, and every change, from the folder or the API, goes through {@link #reload(Path)}.
 *
 * <p>Changes are applied one at a time under a lock and announced with {@link ArticlesChanged}
 * before the lock is released, so listeners see versions in the order they were made. A file that
 * cannot be read records an error and leaves the previous version serving.
 */
@Service
public class ArticleCatalog {

    private static final Logger log = LoggerFactory.getLogger(ArticleCatalog.class);
    private static final List<String> EXTENSIONS = List.of(".md", ".txt", ".html");
    private static final int VERSIONS_KEPT = 10;

    private final KnowledgeProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();
    private final KnowledgeFolder files;
    private final Object writeLock = new Object();
    private volatile Map<String, ArticleStatus> entries = Map.of();

    public ArticleCatalog(KnowledgeProperties properties, ApplicationEventPublisher events) {
        this.properties = properties;
        this.events = events;
        this.files = new KnowledgeFolder(properties, clock);
        loadFolder();
    }

    /** The versions being served now. */
    public Collection<Article> articles() {
        return served(entries);
    }

    public Optional<Article> article(String id) {
        return status(id).map(ArticleStatus::article);
    }

    public Optional<ArticleStatus> status(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    /** Every known id, served or failed, in id order. */
    public Collection<ArticleStatus> statuses() {
        return entries.values();
    }

    public Path folder() {
        return properties.dir();
    }

    /** Turns a file name into an article id: its stem, lower-cased, with anything unusual as a dash. */
    public static String idOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return stem.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** Whether a file in the knowledge folder is an article; temporary and hidden files are not. */
    public static boolean isArticleFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    /**
     * Reads {@code file} again and serves it if it parses and differs from what is served; otherwise
     * records why not. Returns the status after the attempt.
     */
    public ArticleStatus reload(Path file) {
        file = file.toAbsolutePath().normalize();
        String id = idOf(file);
        // Read under the lock: a read that raced an API save must not serve the older text after it.
        synchronized (writeLock) {
            Article article;
            try {
                article = read(file);
            } catch (InvalidArticleException e) {
                return recordError(id, file, e.getMessage());
            }
            return serve(article, file);
        }
    }

    /** A file was deleted: stop serving its article, unless the article now comes from another file. */
    public void forget(Path file) {
        file = file.toAbsolutePath().normalize();
        synchronized (writeLock) {
            ArticleStatus status = entries.get(idOf(file));
            if (status != null && file.equals(status.file())) {
                remove(status.id());
            }
        }
    }

    /**
     * Writes {@code content} as {@code <id>.md} and serves it. The content is parsed before anything
     * is written, so invalid text changes nothing; the folder never holds half an article
     * ({@link KnowledgeFolder#write}).
     */
    public ArticleStatus save(String id, String content) {
        ArticleParser.parse(id, content);
        Path target = properties.dir().resolve(id + ".md").toAbsolutePath().normalize();
        synchronized (writeLock) {
            try {
                files.write(target, content);
            } catch (IOException e) {
                throw new IllegalStateException("Cannot write " + target.toAbsolutePath() + ": " + e.getMessage(), e);
            }
            ArticleStatus previous = entries.get(id);
            ArticleStatus saved = reload(target);
            if (saved.article() == null || !target.equals(saved.file())) {
                throw new InvalidArticleException(saved.lastError());
            }
            // An article first read from a .txt or .html file now lives in its .md file.
            if (previous != null && previous.file() != null && !previous.file().equals(target)) {
                deleteQuietly(previous.file());
            }
            return saved;
        }
    }

    /** Deletes the article's file and stops serving it. */
    public void delete(String id) {
        synchronized (writeLock) {
            ArticleStatus status = entries.get(id);
            if (status == null) {
                throw new UnknownArticleException(id);
            }
            if (status.file() != null) {
                deleteQuietly(status.file());
            }
            remove(id);
        }
    }

    private ArticleStatus serve(Article article, Path file) {
        synchronized (writeLock) {
            ArticleStatus previous = entries.get(article.id());
            Instant now = clock.instant();
            if (previous != null && previous.article() != null
                    && previous.article().version().equals(article.version())) {
                // Same text again (an editor saving twice, our own write seen by the watcher, the rescan
                // after start-up): nothing to do, and no copy of the catalog for each of thousands of files.
                if (file.equals(previous.file()) && previous.lastError() == null) {
                    return previous;
                }
                ArticleStatus same = new ArticleStatus(article.id(), previous.article(), file, previous.ingestedAt(),
                        null, null, previous.versions());
                put(same);
                return same;
            }
            List<ArticleVersion> versions = new ArrayList<>();
            versions.add(new ArticleVersion(article.version(), now, article.paragraphs().size()));
            if (previous != null) {
                versions.addAll(previous.versions());
            }
            ArticleStatus status = new ArticleStatus(article.id(), article, file, now, null, null,
                    versions.subList(0, Math.min(VERSIONS_KEPT, versions.size())));
            // Listeners (the search index) switch first, so the list never names a version that
            // questions cannot be answered from yet.
            Map<String, ArticleStatus> next = with(status);
            events.publishEvent(new ArticlesChanged(served(next)));
            entries = next;
            log.info("Serving {} version {} ({} paragraphs) from {}", article.id(), article.version(),
                    article.paragraphs().size(), file.getFileName());
            return status;
        }
    }

    private ArticleStatus recordError(String id, Path file, String error) {
        synchronized (writeLock) {
            log.error("Could not ingest {}: {}; the previous version, if any, stays served", file, error);
            ArticleStatus previous = entries.get(id);
            // The failed file is remembered even for a new id, so deleting it clears the error.
            ArticleStatus status = previous == null
                    ? new ArticleStatus(id, null, file, null, error, clock.instant(), List.of())
                    : new ArticleStatus(id, previous.article(), previous.file(), previous.ingestedAt(), error,
                            clock.instant(), previous.versions());
            put(status);
            return status;
        }
    }

    private void remove(String id) {
        Map<String, ArticleStatus> next = new TreeMap<>(entries);
        ArticleStatus removed = next.remove(id);
        if (removed != null && removed.article() != null) {
            events.publishEvent(new ArticlesChanged(served(next)));
            log.info("No longer serving {}", id);
        }
        entries = Collections.unmodifiableMap(next);
    }

    private void put(ArticleStatus status) {
        entries = with(status);
    }

    private Map<String, ArticleStatus> with(ArticleStatus status) {
        Map<String, ArticleStatus> next = new TreeMap<>(entries);
        next.put(status.id(), status);
        return Collections.unmodifiableMap(next);
    }

    private static List<Article> served(Map<String, ArticleStatus> statuses) {
        return statuses.values().stream().map(ArticleStatus::article).filter(a -> a != null).toList();
    }

    private void loadFolder() {
        Path dir = properties.dir();
        if (!Files.isDirectory(dir)) {
            log.warn("Knowledge folder {} does not exist; no articles are served", dir.toAbsolutePath());
            return;
        }
        files.removeStaleTempFiles();
        List<Path> found;
        try (Stream<Path> listed = Files.list(dir)) {
            found = listed.filter(Files::isRegularFile).filter(ArticleCatalog::isArticleFile)
                    .map(f -> f.toAbsolutePath().normalize()).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list the knowledge folder " + dir.toAbsolutePath(), e);
        }
        // An archive of thousands: the files are read and parsed on every core, then served in one step,
        // as reload would serve them one by one in name order (a later file of the same id wins).
        List<Object> parsed = found.parallelStream().map(this::readOrError).toList();
        synchronized (writeLock) {
            Instant now = clock.instant();
            Map<String, ArticleStatus> next = new TreeMap<>(entries);
            for (int i = 0; i < found.size(); i++) {
                Path file = found.get(i);
                if (parsed.get(i) instanceof Article article) {
                    next.put(article.id(), new ArticleStatus(article.id(), article, file, now, null, null,
                            List.of(new ArticleVersion(article.version(), now, article.paragraphs().size()))));
                } else {
                    String id = idOf(file);
                    String error = (String) parsed.get(i);
                    log.error("Could not ingest {}: {}", file, error);
                    ArticleStatus previous = next.get(id);
                    next.put(id, previous == null || previous.article() == null
                            ? new ArticleStatus(id, null, file, null, error, now, List.of())
                            : new ArticleStatus(id, previous.article(), previous.file(), previous.ingestedAt(), error,
                                    now, previous.versions()));
                }
            }
            entries = Collections.unmodifiableMap(next);
        }
        log.info("Loaded {} article(s) from {}", articles().size(), dir.toAbsolutePath());
    }

    /** The file's article, or why it cannot be read. */
    private Object readOrError(Path file) {
        try {
            return read(file);
        } catch (InvalidArticleException e) {
            return e.getMessage();
        }
    }

    private Article read(Path file) {
        String content = files.read(file);
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".html")) {
            content = HtmlArticles.toArticleText(content, null);
        }
        return ArticleParser.parse(idOf(file), content);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", file, e.getMessage());
        }
    }
}
