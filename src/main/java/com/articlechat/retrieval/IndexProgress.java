package com.articlechat.retrieval;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;

/**
 * How far the index build in progress has got, for health and metrics: embedding is what takes the
 * time (about 90 sentences a second on two cores), so progress is counted in sentences embedded.
 */
public final class IndexProgress {

    /** Small enough to report progress every second or so, large enough to keep the cores busy. */
    private static final int BATCH = 64;

    private final AtomicInteger toEmbed = new AtomicInteger();
    private final AtomicInteger embedded = new AtomicInteger();
    private volatile boolean building;

    /** Whether an index is being built now; the previous one serves meanwhile. */
    public boolean building() {
        return building;
    }

    /** Sentences the build in progress (or the last one) has to embed. */
    public int toEmbed() {
        return toEmbed.get();
    }

    /** Sentences of those embedded so far. */
    public int embedded() {
        return embedded.get();
    }

    void started() {
        toEmbed.set(0);
        embedded.set(0);
        building = true;
    }

    void finished() {
        building = false;
    }

    /** {@code model}, embedding in batches and counting each one done. */
    EmbeddingModel counting(EmbeddingModel model) {
        return new EmbeddingModel() {
            @Override
            public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
                toEmbed.addAndGet(segments.size());
                List<Embedding> all = new ArrayList<>(segments.size());
                for (int from = 0; from < segments.size(); from += BATCH) {
                    List<TextSegment> batch = segments.subList(from, Math.min(segments.size(), from + BATCH));
                    all.addAll(model.embedAll(batch).content());
                    embedded.addAndGet(batch.size());
                }
                return Response.from(all);
            }

            @Override
            public int dimension() {
                return model.dimension();
            }
        };
    }
}
