package com.articlechat.retrieval;

import java.util.List;
import java.util.function.Supplier;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;

/**
 * An in-process model loaded by the first thread that needs it: at start that is the indexing
 * thread, so the second or so that loading the ONNX model takes does not hold the web server back.
 */
final class LazyEmbeddingModel implements EmbeddingModel {

    private final Supplier<EmbeddingModel> factory;
    private volatile EmbeddingModel model;

    LazyEmbeddingModel(Supplier<EmbeddingModel> factory) {
        this.factory = factory;
    }

    private EmbeddingModel model() {
        EmbeddingModel loaded = model;
        if (loaded == null) {
            synchronized (this) {
                loaded = model;
                if (loaded == null) {
                    loaded = factory.get();
                    model = loaded;
                }
            }
        }
        return loaded;
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        return model().embedAll(segments);
    }

    @Override
    public int dimension() {
        return model().dimension();
    }
}
