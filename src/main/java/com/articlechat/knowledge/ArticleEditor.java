package com.articlechat.knowledge;

import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Service;

/**
 * Creates, replaces and deletes articles on behalf of the API. The catalog stores and serves them;
 * this adds what a client asked for: create only under a free id, replace only a known one, and
 * nothing larger than the folder would accept.
 */
@Service
public class ArticleEditor {

    private final ArticleCatalog catalog;
    private final KnowledgeProperties properties;

    public ArticleEditor(ArticleCatalog catalog, KnowledgeProperties properties) {
        this.catalog = catalog;
        this.properties = properties;
    }

    /**
     * Stores {@code content} as the new article {@code id}. Synchronized so that two clients creating
     * the same id cannot both succeed.
     */
    public synchronized Article create(String id, String content) {
        checkSize(content);
        ArticleIds.requireValid(id);
        if (catalog.status(id).isPresent()) {
            throw new ArticleExistsException(id);
        }
        return catalog.save(id, content).article();
    }

    /** Replaces the article {@code id}, which must be known (served, or failing to ingest). */
    public synchronized Article replace(String id, String content) {
        if (catalog.status(id).isEmpty()) {
            throw new UnknownArticleException(id);
        }
        checkSize(content);
        return catalog.save(id, content).article();
    }

    public void delete(String id) {
        catalog.delete(id);
    }

    private void checkSize(String content) {
        long bytes = content.getBytes(StandardCharsets.UTF_8).length;
        long limit = properties.maxFileSize().toBytes();
        if (bytes > limit) {
            throw new ArticleTooLargeException(bytes, limit);
        }
    }
}
