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
 * short while, so that a dead Ollama costs one probe per interval instead of a timeout per question.
 */
@Component
public class OllamaStatus {

    private static final Logger log = LoggerFactory.getLogger(OllamaStatus.class);

    /** {@code notice} says, for a reader, why there is no LLM answer and how to get one; null when ready. */
    public record State(boolean ready, String notice) {
    }

    private record Cached(State state, Instant until) {
    }

    private final OllamaModels models;
    private final OllamaProperties properties;
    private final Clock clock;
    private volatile Cached cached;

    public OllamaStatus(OllamaModels models, OllamaProperties properties) {
        this.models = models;
        this.properties = properties;
        this.clock = Clock.systemUTC();
    }

    public State current() {
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

    /** Records that a call failed, so the next questions go extractive at once; returns the reader's notice. */
    public String failed(Throwable error) {
        State state = stateFor(error);
        if (!state.ready()) {
            remember(state);
        }
        return state.notice();
    }

    private State probe() {
        try {
            List<OllamaModel> available = models.availableModels().content();
            boolean present = available.stream().anyMatch(m -> sameModel(m.getName(), properties.model()));
            return present ? new State(true, null) : missingModel();
        } catch (RuntimeException e) {
            log.info("Ollama probe at {} failed: {}", properties.baseUrl(), e.toString());
            return unreachable();
        }
    }

    private State stateFor(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ModelNotFoundException) {
                return missingModel();
            }
            if (t instanceof java.net.ConnectException || t instanceof java.nio.channels.ClosedChannelException) {
                return unreachable();
            }
            if (t instanceof dev.langchain4j.exception.TimeoutException
                    || t instanceof java.net.http.HttpTimeoutException) {
                // A timeout says the model is slow, not gone: do not remember it as down.
                return new State(true, "The model " + properties.model() + " did not answer within "
                        + properties.timeout().toSeconds() + " s, so this answer quotes the article's most relevant"
                        + " sentences instead. Try again, or raise articlechat.ollama.timeout.");
            }
        }
        return new State(true, "The model " + properties.model() + " failed (" + rootMessage(error)
                + "), so this answer quotes the article's most relevant sentences instead.");
    }

    private void remember(State state) {
        cached = new Cached(state, clock.instant().plus(properties.probeTtl()));
    }

    private State unreachable() {
        return new State(false, "Ollama is not reachable at " + properties.baseUrl()
                + ", so this answer quotes the article's most relevant sentences instead of a generated answer."
                + " To get generated answers, start Ollama and run: ollama pull " + properties.model());
    }

    private State missingModel() {
        return new State(false, "Ollama at " + properties.baseUrl() + " does not have the model " + properties.model()
                + ", so this answer quotes the article's most relevant sentences instead of a generated answer."
                + " To get generated answers, run: ollama pull " + properties.model());
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
