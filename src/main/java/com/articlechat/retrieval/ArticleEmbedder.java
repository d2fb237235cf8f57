package com.articlechat.retrieval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.articlechat.knowledge.Article;
import com.articlechat.knowledge.Sentence;
import com.articlechat.knowledge.TextNormalizer;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;

/**
 * Gives every sentence of an article its embedding, computing only what is known neither to the
 * index being served (an edited article keeps the vectors of its unchanged sentences) nor to the
 * on-disk {@link EmbeddingCache}, and keeping what it computed there.
 */
final class ArticleEmbedder {

    private final EmbeddingModel model;
    private final EmbeddingCache cache;

    ArticleEmbedder(EmbeddingModel model, EmbeddingCache cache) {
        this.model = model;
        this.cache = cache;
    }

    IndexedArticle embed(Article article, SearchIndex serving) {
        List<String> texts = article.sentences().stream().map(Sentence::text).map(TextNormalizer::normalize).toList();
        Map<String, Embedding> known = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (String text : texts) {
            serving.embeddingOf(text).ifPresentOrElse(e -> known.put(text, e), () -> unknown.add(text));
        }
        Map<String, float[]> cached = cache.enabled() ? cache.read(article.id(), model.dimension()) : Map.of();
        Set<String> missing = new LinkedHashSet<>();
        for (String text : unknown) {
            float[] vector = cached.get(EmbeddingCache.hash(text));
            if (vector != null) {
                known.put(text, Embedding.from(vector));
            } else if (!known.containsKey(text)) {
                missing.add(text);
            }
        }
        if (!missing.isEmpty()) {
            List<String> toEmbed = List.copyOf(missing);
            List<Embedding> vectors = model.embedAll(toEmbed.stream().map(TextSegment::from).toList()).content();
            for (int i = 0; i < toEmbed.size(); i++) {
                known.put(toEmbed.get(i), vectors.get(i));
            }
        }
        if (cache.enabled() && (!missing.isEmpty() || cached.size() != known.size())) {
            Map<String, float[]> keep = new LinkedHashMap<>();
            known.forEach((text, vector) -> keep.put(EmbeddingCache.hash(text), vector.vector()));
            cache.write(article.id(), keep, model.dimension());
        }
        return new IndexedArticle(article, texts.stream().map(known::get).toList(), missing.size());
    }
}
