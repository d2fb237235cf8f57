package com.articlechat.answer;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;

import jakarta.annotation.PreDestroy;

/**
 * Remembers that the model stopped answering. A model that accepts connections and never answers
 * would otherwise cost every question the whole timeout; once one call has timed out, questions are
 * answered extractively at once, and a one-token request in the background finds out when the model
 * answers again.
 */
class ModelHealth {

    private static final Logger log = LoggerFactory.getLogger(ModelHealth.class);

    private final ChatModel probeModel;
    private final OllamaProperties properties;
    private final Clock clock = Clock.systemUTC();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "model-recovery-probe");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Instant unresponsiveSince;
    private ScheduledFuture<?> probes; // guarded by this

    /** {@code probeModel} must not go through the call limit: it runs while no question uses the model. */
    ModelHealth(ChatModel probeModel, OllamaProperties properties) {
        this.probeModel = probeModel;
        this.properties = properties;
    }

    boolean unresponsive() {
        return unresponsiveSince != null;
    }

    /** When the model was marked unresponsive; null while it answers. */
    Instant unresponsiveSince() {
        return unresponsiveSince;
    }

    /** Marks the model unresponsive, if it is not already, and starts probing it. */
    synchronized void markUnresponsive() {
        if (unresponsiveSince != null) {
            return;
        }
        unresponsiveSince = clock.instant();
        log.warn("The model {} did not answer within {} s; answering extractively until it responds again",
                properties.model(), properties.timeout().toSeconds());
        long interval = properties.recoveryProbeInterval().toMillis();
        probes = scheduler.scheduleWithFixedDelay(this::probe, interval, interval, TimeUnit.MILLISECONDS);
    }

    private void probe() {
        try {
            probeModel.chat(ChatRequest.builder().messages(UserMessage.from("Reply with the word OK."))
                    .maxOutputTokens(1).build());
        } catch (RuntimeException e) {
            log.info("The model {} still does not answer: {}", properties.model(), e.toString());
            return;
        }
        markResponsive();
    }

    private synchronized void markResponsive() {
        if (unresponsiveSince == null) {
            return;
        }
        log.info("The model {} answers again; questions go to it again", properties.model());
        unresponsiveSince = null;
        probes.cancel(false);
    }

    @PreDestroy
    void shutdown() {
        scheduler.shutdownNow();
    }
}
