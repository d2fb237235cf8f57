package com.articlechat.retrieval;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The search index as a health component ({@code index}), part of readiness: questions can be
 * answered once an index has been built. A rebuild in progress does not make the application unready,
 * since the previous index serves until the new one is swapped in; its progress is in the details.
 */
@Component
class IndexHealthIndicator implements HealthIndicator {

    private final ActiveIndex index;

    IndexHealthIndicator(ActiveIndex index) {
        this.index = index;
    }

    @Override
    public Health health() {
        IndexStats stats = index.stats();
        IndexProgress progress = index.progress();
        if (stats == null) {
            return Health.outOfService().withDetail("building", progress.building())
                    .withDetail("sentencesToEmbed", progress.toEmbed())
                    .withDetail("sentencesEmbedded", progress.embedded()).build();
        }
        Health.Builder health = Health.up()
                .withDetail("articles", stats.articles())
                .withDetail("sentences", stats.sentences())
                .withDetail("builtAt", stats.builtAt().toString())
                .withDetail("lastBuildMs", stats.buildMs())
                .withDetail("building", progress.building());
        if (progress.building()) {
            health.withDetail("sentencesToEmbed", progress.toEmbed())
                    .withDetail("sentencesEmbedded", progress.embedded());
        }
        return health.build();
    }
}
