package com.articlechat.knowledge;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The articles being served, read from the knowledge folder; the folder is the single source of truth.
 */
@Service
public class ArticleCatalog {

    private static final Logger log = LoggerFactory.getLogger(ArticleCatalog.class);
    private static final List<String> EXTENSIONS = List.of(".md", ".txt");

    private final KnowledgeProperties properties;
    private volatile Map<String, Article> articles;

    public ArticleCatalog(KnowledgeProperties properties) {
        this.properties = properties;
        this.articles = Map.copyOf(loadFolder());
    }

    public Collection<Article> articles() {
        return articles.values();
    }

    public Optional<Article> article(String id) {
        return Optional.ofNullable(articles.get(id));
    }

    /** Turns a file name into an article id: its stem, lower-cased, with anything unusual as a dash. */
    public static String idOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return stem.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    static boolean isArticleFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    private Map<String, Article> loadFolder() {
        Path dir = properties.dir();
        Map<String, Article> loaded = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            log.warn("Knowledge folder {} does not exist; no articles are served", dir.toAbsolutePath());
            return loaded;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(Files::isRegularFile).filter(ArticleCatalog::isArticleFile).sorted().toList()) {
                try {
                    Article article = read(file);
                    loaded.put(article.id(), article);
                } catch (InvalidArticleException e) {
                    log.error("Skipping {}: {}", file, e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list the knowledge folder " + dir.toAbsolutePath(), e);
        }
        log.info("Loaded {} article(s) from {}", loaded.size(), dir.toAbsolutePath());
        return loaded;
    }

    Article read(Path file) {
        try {
            long size = Files.size(file);
            if (size > properties.maxFileSize().toBytes()) {
                throw new InvalidArticleException("The article file " + file.getFileName() + " is " + size
                        + " bytes; the limit is " + properties.maxFileSize().toBytes() + ".");
            }
            String content = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
            return ArticleParser.parse(idOf(file), content);
        } catch (CharacterCodingException e) {
            throw new InvalidArticleException("The article file " + file.getFileName() + " is not UTF-8 text.", e);
        } catch (IOException e) {
            throw new InvalidArticleException("Cannot read " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
