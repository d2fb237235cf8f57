package com.articlechat.retrieval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.articlechat.knowledge.Article;
import com.articlechat.knowledge.Sentence;
import com.articlechat.knowledge.TextNormalizer;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.CosineSimilarity;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.filter.MetadataFilterBuilder;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;

/**
 * An immutable snapshot of everything searchable: the articles of one moment and their sentence
 * embeddings. It is built completely before anyone can see it and never changes afterwards, so a
 * question is answered from exactly one version of each article.
 */
final class SearchIndex {

    static final String ARTICLE_ID = "articleId";

    private final Map<String, Article> articles;
    private final InMemoryEmbeddingStore<TextSegment> store;
    private final Map<String, Embedding> embeddings;
    private final Map<String, Sentence> sentences;

    private SearchIndex(Map<String, Article> articles, InMemoryEmbeddingStore<TextSegment> store,
            Map<String, Embedding> embeddings, Map<String, Sentence> sentences) {
        this.articles = articles;
        this.store = store;
        this.embeddings = embeddings;
        this.sentences = sentences;
    }

    static SearchIndex build(Collection<Article> articles, EmbeddingModel model) {
        Map<String, Article> byId = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>();
        List<TextSegment> segments = new ArrayList<>();
        Map<String, Sentence> sentences = new HashMap<>();
        for (Article article : articles) {
            byId.put(article.id(), article);
            for (Sentence sentence : article.sentences()) {
                String id = key(article.id(), sentence.index());
                ids.add(id);
                sentences.put(id, sentence);
                segments.add(TextSegment.from(TextNormalizer.normalize(sentence.text()),
                        new dev.langchain4j.data.document.Metadata().put(ARTICLE_ID, article.id())));
            }
        }
        InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();
        Map<String, Embedding> embeddings = new HashMap<>();
        if (!segments.isEmpty()) {
            List<Embedding> vectors = model.embedAll(segments).content();
            store.addAll(ids, vectors, segments);
            for (int i = 0; i < ids.size(); i++) {
                embeddings.put(ids.get(i), vectors.get(i));
            }
        }
        return new SearchIndex(Map.copyOf(byId), store, Map.copyOf(embeddings), Map.copyOf(sentences));
    }

    Collection<Article> articles() {
        return articles.values();
    }

    Optional<Article> article(String id) {
        return Optional.ofNullable(articles.get(id));
    }

    /** A sentence found by the vector search, with the article version it belongs to. */
    record Hit(Article article, Sentence sentence, double score) {
    }

    /** The sentences nearest to {@code query}, best first, optionally within one article. */
    List<Hit> nearest(Embedding query, int maxResults, String articleId) {
        EmbeddingSearchRequest.EmbeddingSearchRequestBuilder request = EmbeddingSearchRequest.builder()
                .queryEmbedding(query)
                .maxResults(maxResults)
                .minScore(0.0);
        if (articleId != null) {
            request.filter(MetadataFilterBuilder.metadataKey(ARTICLE_ID).isEqualTo(articleId));
        }
        List<Hit> hits = new ArrayList<>();
        for (EmbeddingMatch<TextSegment> match : store.search(request.build()).matches()) {
            Article article = articles.get(match.embedded().metadata().getString(ARTICLE_ID));
            Sentence sentence = sentences.get(match.embeddingId());
            hits.add(new Hit(article, sentence, CosineSimilarity.between(query, match.embedding())));
        }
        return hits;
    }

    /** Cosine similarity of one indexed sentence to {@code query}. */
    double similarity(Embedding query, String articleId, Sentence sentence) {
        return CosineSimilarity.between(query, embeddings.get(key(articleId, sentence.index())));
    }

    private static String key(String articleId, int sentenceIndex) {
        return articleId + "#" + sentenceIndex;
    }
}
