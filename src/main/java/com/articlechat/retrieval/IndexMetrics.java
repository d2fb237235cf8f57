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
        Gauge.builder("articlechat.index.build.active", index, i -> i.progress().building() ? 1 : 0)
                .description("1 while an index is being built").register(registry);
        Gauge.builder("articlechat.index.build.sentences.to.embed", index, i -> i.progress().toEmbed())
                .description("Sentences the current or last build has to embed").register(registry);
        Gauge.builder("articlechat.index.build.sentences.embedded", index, i -> i.progress().embedded())
                .description("Sentences the current or last build has embedded so far").register(registry);
    }
}
