package com.articlechat.answer;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The model as a health component ({@code model}). Without it answers are extractive, so a model that
 * is missing, unreachable or unresponsive makes the application {@code DEGRADED}, not down, and it is
 * part of neither liveness nor readiness: restarting the application would not bring the model back.
 */
@Component
class ModelHealthIndicator implements HealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "Answers are extractive until the model answers");

    private final OllamaStatus status;
    private final ModelHealth health;
    private final ModelCallLimit calls;
    private final OllamaProperties properties;

    ModelHealthIndicator(OllamaStatus status, ModelHealth health, ModelCallLimit calls, OllamaProperties properties) {
        this.status = status;
        this.health = health;
        this.calls = calls;
        this.properties = properties;
    }

    @Override
    public Health health() {
        OllamaStatus.State state = status.current();
        Health.Builder builder = state.ready() ? Health.up() : Health.status(DEGRADED);
        builder.withDetail("model", properties.model())
                .withDetail("baseUrl", properties.baseUrl())
                .withDetail("answers", state.ready() ? "llm" : "extractive");
        if (!state.ready()) {
            builder.withDetail("reason", state.fallback().reason().tag());
        }
        if (health.unresponsiveSince() != null) {
            builder.withDetail("unresponsiveSince", health.unresponsiveSince().toString());
        }
        Map<String, Integer> modelCalls = new LinkedHashMap<>();
        modelCalls.put("running", calls.running());
        modelCalls.put("queued", calls.queued());
        modelCalls.put("maxConcurrent", calls.maxConcurrent());
        modelCalls.put("maxQueued", calls.maxQueued());
        return builder.withDetail("calls", modelCalls).build();
    }
}
