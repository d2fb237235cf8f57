package com.articlechat.retrieval;

import java.util.List;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;

/**
 * An embedding model that puts a fixed text before everything it embeds ("query: ", "passage: "),
 * as asymmetric retrieval models are trained to see; segments keep their metadata, and what is
 * stored and quoted stays the text without it.
 */
final class PrefixedEmbeddingModel implements EmbeddingModel {

    private final EmbeddingModel delegate;
    private final String prefix;

    private PrefixedEmbeddingModel(EmbeddingModel delegate, String prefix) {
        this.delegate = delegate;
        this.prefix = prefix;
    }

    /** {@code model} itself when there is nothing to put before the text. */
    static EmbeddingModel of(EmbeddingModel model, String prefix) {
        return prefix == null || prefix.isEmpty() ? model : new PrefixedEmbeddingModel(model, prefix);
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        return delegate.embedAll(segments.stream()
                .map(segment -> TextSegment.from(prefix + segment.text(), segment.metadata()))
                .toList());
    }

    @Override
    public int dimension() {
        return delegate.dimension();
    }
}
