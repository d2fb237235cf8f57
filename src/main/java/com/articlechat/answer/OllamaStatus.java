package com.articlechat.answer;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.model.ollama.OllamaModel;
import dev.langchain4j.model.ollama.OllamaModels;

/**
 * Whether Ollama can answer right now, learned from {@code GET /api/tags} and remembered for a
 * short while, so that a dead Ollama costs one probe per interval instead of a timeout per question;
 * and whether the model itself answers ({@link ModelHealth}), since a hung model still lists itself.
 */
@Component
public class OllamaStatus {

    private static final Logger log = LoggerFactory.getLogger(OllamaStatus.class);

    /** {@code fallback} says, for a reader, why there is no LLM answer and how to get one; null when ready. */
    public record State(boolean ready, Fallback fallback) {

        public String notice() {
            return fallback == null ? null : fallback.notice();
        }
    }

    private record Cached(State state, Instant until) {
    }

    private final OllamaModels models;
    private final OllamaProperties properties;
    private final ModelHealth health;
    private final Clock clock;
    private volatile Cached cached;

    OllamaStatus(OllamaModels models, OllamaProperties properties, ModelHealth health) {
        this.models = models;
        this.properties = properties;
        this.health = health;
        this.clock = Clock.systemUTC();
    }

    public State current() {
        if (health.unresponsive()) {
            return new State(false, unresponsive());
        }
        Cached snapshot = cached;
        if (snapshot != null && clock.instant().isBefore(snapshot.until())) {
            return snapshot.state();
        }
        synchronized (this) {
            if (cached == snapshot || cached == null) {
                remember(probe());
            }
            return cached.state();
        }
    }

    /**
     * Records that a call failed, so that after a refused connection, a missing model or a timeout the
     * next questions go extractive at once; returns what to tell the reader.
     */
    public Fallback failed(Throwable error) {
        State state = stateFor(error);
        if (!state.ready()) {
            remember(state);
        }
        return state.fallback();
    }

    /** Records that the model went silent (no first token in time, or a stall mid-answer). */
    Fallback silent(boolean midAnswer) {
        health.markUnresponsive();
        return midAnswer
                ? new Fallback(Fallback.Reason.MODEL_STALLED, "The model stopped sending its answer, so this answer"
                        + " quotes the article's most relevant sentences instead.")
                : unresponsive();
    }

    private State probe() {
        try {
            List<OllamaModel> available = models.availableModels().content();
            boolean present = available.stream().anyMatch(m -> sameModel(m.getName(), properties.model()));
            return present ? new State(true, null) : new State(false, missingModel());
        } catch (RuntimeException e) {
            log.info("Ollama probe at {} failed: {}", properties.baseUrl(), e.toString());
            return new State(false, unreachable());
        }
    }

    private State stateFor(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ModelNotFoundException) {
                return new State(false, missingModel());
            }
            if (t instanceof java.net.ConnectException || t instanceof java.nio.channels.ClosedChannelException) {
                return new State(false, unreachable());
            }
            if (t instanceof dev.langchain4j.exception.TimeoutException
                    || t instanceof java.net.http.HttpTimeoutException) {
                // Reachable but not answering: the model is held as unresponsive (ModelHealth), not as gone.
                health.markUnresponsive();
                return new State(true, unresponsive());
            }
        }
        return new State(true, new Fallback(Fallback.Reason.MODEL_FAILED, "The model " + properties.model()
                + " failed (" + rootMessage(error) + "), so this answer quotes the article's most relevant sentences"
                + " instead."));
    }

    private void remember(State state) {
        cached = new Cached(state, clock.instant().plus(properties.probeTtl()));
    }

    private Fallback unreachable() {
        return new Fallback(Fallback.Reason.OLLAMA_UNREACHABLE, "Ollama is not reachable at " + properties.baseUrl()
                + ", so this answer quotes the article's most relevant sentences instead of a generated answer."
                + " To get generated answers, start Ollama and run: ollama pull " + properties.model());
    }

    private Fallback missingModel() {
        return new Fallback(Fallback.Reason.MODEL_MISSING, "Ollama at " + properties.baseUrl()
                + " does not have the model " + properties.model() + ", so this answer quotes the article's most"
                + " relevant sentences instead of a generated answer. To get generated answers, run: ollama pull "
                + properties.model());
    }

    private Fallback unresponsive() {
        return new Fallback(Fallback.Reason.MODEL_UNRESPONSIVE, "The model " + properties.model()
                + " did not start answering within " + properties.timeout().toSeconds() + " s, so this answer"
                + " quotes the article's most relevant sentences instead. Questions are answered this way until"
                + " the model responds again (checked every " + properties.recoveryProbeInterval().toSeconds()
                + " s); if it is only slow, raise articlechat.ollama.timeout.");
    }

    static boolean sameModel(String available, String wanted) {
        return withTag(available).equals(withTag(wanted));
    }

    // Ollama treats a name without a tag as ":latest".
    private static String withTag(String name) {
        return name.contains(":") ? name : name + ":latest";
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
