package com.articlechat.retrieval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import com.articlechat.knowledge.Article;
import com.articlechat.knowledge.Sentence;
import com.articlechat.knowledge.TextNormalizer;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;

/**
 * Gives every sentence of some articles its embedding, computing only what is known neither to the
 * index being served (an edited article keeps the vectors of its unchanged sentences) nor to the
 * on-disk {@link EmbeddingCache}, and keeping what it computed there. Articles are embedded together
 * in one call to the model: a call per short article left cores idle between calls.
 */
final class ArticleEmbedder {

    private final EmbeddingModel model;
    private final EmbeddingCache cache;

    ArticleEmbedder(EmbeddingModel model, EmbeddingCache cache) {
        this.model = model;
        this.cache = cache;
    }

    /** Loads the model, so that what follows measures embedding alone. */
    void load() {
        model.dimension();
    }

    /**
     * Each article with its sentence vectors, in the order given; {@code known} gives the vectors
     * already computed (by the index being served, or since it was assembled), by normalised text.
     */
    List<IndexedArticle> embedAll(List<Article> articles, Function<String, Optional<Embedding>> known) {
        List<List<String>> textsOf = new ArrayList<>();
        List<Map<String, float[]>> cachedOf = new ArrayList<>();
        Map<String, Embedding> vectors = new HashMap<>();
        Set<String> missing = new LinkedHashSet<>();
        for (Article article : articles) {
            List<String> texts = article.sentences().stream().map(Sentence::text).map(TextNormalizer::normalize)
                    .toList();
            textsOf.add(texts);
            Map<String, float[]> cached = cache.enabled() ? cache.read(article.id(), model.dimension()) : Map.of();
            cachedOf.add(cached);
            for (String text : texts) {
                if (vectors.containsKey(text) || missing.contains(text)) {
                    continue;
                }
                Embedding served = known.apply(text).orElse(null);
                float[] vector = served == null ? cached.get(EmbeddingCache.hash(text)) : null;
                if (served != null) {
                    vectors.put(text, served);
                } else if (vector != null) {
                    vectors.put(text, Embedding.from(vector));
                } else {
                    missing.add(text);
                }
            }
        }
        if (!missing.isEmpty()) {
            List<String> toEmbed = List.copyOf(missing);
            List<Embedding> embedded = model.embedAll(toEmbed.stream().map(TextSegment::from).toList()).content();
            for (int i = 0; i < toEmbed.size(); i++) {
                vectors.put(toEmbed.get(i), embedded.get(i));
            }
        }
        List<IndexedArticle> indexed = new ArrayList<>();
        Set<String> counted = new java.util.HashSet<>();
        for (int a = 0; a < articles.size(); a++) {
            List<String> texts = textsOf.get(a);
            Map<String, float[]> cached = cachedOf.get(a);
            Map<String, float[]> keep = new LinkedHashMap<>();
            int embedded = 0;
            for (String text : texts) {
                String hash = EmbeddingCache.hash(text);
                if (keep.put(hash, vectors.get(text).vector()) == null && missing.contains(text) && counted.add(text)) {
                    embedded++;
                }
            }
            if (cache.enabled() && (!keep.keySet().equals(cached.keySet()))) {
                cache.write(articles.get(a).id(), keep, model.dimension());
            }
            indexed.add(new IndexedArticle(articles.get(a), texts.stream().map(vectors::get).toList(), embedded));
        }
        return indexed;
    }
}
