package com.articlechat.retrieval;

import java.util.List;

import com.articlechat.knowledge.Article;

import dev.langchain4j.data.embedding.Embedding;

/**
 * One article version with the embedding of each of its sentences, in sentence order: the unit the
 * index is assembled from, so an article is searchable completely or not at all.
 *
 * @param embedded how many of its sentences had to be embedded; the rest came from memory or the cache
 */
record IndexedArticle(Article article, List<Embedding> vectors, int embedded) {

    IndexedArticle {
        vectors = List.copyOf(vectors);
        if (vectors.size() != article.sentences().size()) {
            throw new IllegalArgumentException("one vector per sentence");
        }
    }

    String version() {
        return article.version();
    }
}
