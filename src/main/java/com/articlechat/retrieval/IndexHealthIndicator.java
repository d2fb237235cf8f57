package com.articlechat.retrieval;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The search index as a health component ({@code index}), part of readiness. It is up while an
 * archive is still being indexed, since questions are answered over what is indexed meanwhile; how
 * far indexing has got is in the details, as {@code GET /api/index} reports it.
 */
@Component
class IndexHealthIndicator implements HealthIndicator {

    private final ActiveIndex index;

    IndexHealthIndicator(ActiveIndex index) {
        this.index = index;
    }

    @Override
    public Health health() {
        IndexStatus status = index.status();
        Health.Builder health = Health.up()
                .withDetail("state", status.state())
                .withDetail("articles", status.articlesTotal())
                .withDetail("articlesSearchable", status.articlesSearchable())
                .withDetail("sentences", status.sentencesTotal());
        IndexStats stats = index.stats();
        if (stats != null) {
            health.withDetail("builtAt", stats.builtAt().toString()).withDetail("lastBuildMs", stats.buildMs());
        }
        if (!status.ready()) {
            health.withDetail("articlesIndexed", status.articlesIndexed())
                    .withDetail("sentencesIndexed", status.sentencesIndexed())
                    .withDetail("etaSeconds", status.etaSeconds());
        }
        if (status.lastError() != null) {
            health.withDetail("lastError", status.lastError());
        }
        return health.build();
    }
}
