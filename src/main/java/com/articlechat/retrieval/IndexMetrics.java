package com.articlechat.retrieval;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/** The index's size and the progress of a build, as Micrometer gauges. */
@Component
class IndexMetrics implements MeterBinder {

    private final ActiveIndex index;

    IndexMetrics(ActiveIndex index) {
        this.index = index;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("articlechat.index.articles", index, i -> i.stats() == null ? 0 : i.stats().articles())
                .description("Articles in the index being served").register(registry);
        Gauge.builder("articlechat.index.sentences", index, i -> i.stats() == null ? 0 : i.stats().sentences())
                .description("Sentences in the index being served").register(registry);
        Gauge.builder("articlechat.index.last.build", index, i -> i.stats() == null ? 0 : i.stats().buildMs() / 1000)
                .description("How long the last index build took").baseUnit("seconds").register(registry);
        Gauge.builder("articlechat.index.build.active", index, i -> i.status().ready() ? 0 : 1)
                .description("1 while articles are being indexed").register(registry);
        Gauge.builder("articlechat.index.build.sentences.to.embed", index, i -> i.status().sentencesTotal())
                .description("Sentences of all articles, searchable or not").register(registry);
        Gauge.builder("articlechat.index.build.sentences.embedded", index, i -> i.status().sentencesIndexed())
                .description("Sentences of the articles indexed so far").register(registry);
    }
}
