package com.articlechat.answer;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Bounds the calls to the model: at most {@code max-concurrent} run, at most {@code max-queued} wait
 * for one, and a question beyond that is refused at once ({@link ModelBusyException}) rather than
 * holding a request thread and another connection to Ollama, which would only queue it there.
 *
 * <p>On shutdown it ends the calls in flight first, each with a final answer, so that no stream is
 * cut off without an ending; its phase puts that before the web server's graceful shutdown waits
 * for the requests.
 */
class ModelCallLimit implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ModelCallLimit.class);
    /** Stopped after the web layer stops taking requests and before the server waits for those in flight. */
    static final int PHASE = Integer.MAX_VALUE - 1;
    private static final Duration DRAIN_WAIT = Duration.ofSeconds(10);
    private static final long FIRST_GUESS_MILLIS = 2_000;

    /** The ending of an answer cut short by shutdown: what the model wrote so far is not passed off as complete. */
    static final Fallback SHUTTING_DOWN = new Fallback(Fallback.Reason.SHUTTING_DOWN, "The server is shutting down,"
            + " so this answer quotes the article's most relevant sentences instead of the model's unfinished answer.");

    private final int maxConcurrent;
    private final int maxQueued;
    private final Semaphore slots;
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicLong rejected = new AtomicLong();
    private final Set<Ticket> running = ConcurrentHashMap.newKeySet();
    // Smoothed duration of a call, for the Retry-After estimate.
    private volatile double averageMillis = FIRST_GUESS_MILLIS;
    private volatile boolean closing;
    private volatile boolean started;

    ModelCallLimit(OllamaProperties properties) {
        this.maxConcurrent = Math.max(1, properties.maxConcurrent());
        this.maxQueued = Math.max(0, properties.maxQueued());
        this.slots = new Semaphore(maxConcurrent, true);
    }

    /**
     * Takes a place: a free call, or a place in the queue. Throws {@link ModelBusyException} when the
     * queue is full; the caller must close the ticket whatever happens next.
     */
    Ticket enter() {
        // The timed form keeps the queue's order; the untimed tryAcquire() would jump it.
        if (tryAcquire(Duration.ZERO)) {
            return new Ticket(true);
        }
        if (queued.incrementAndGet() > maxQueued) {
            queued.decrementAndGet();
            rejected.incrementAndGet();
            throw new ModelBusyException(running(), queued(), retryAfter());
        }
        return new Ticket(false);
    }

    /** The ending of a question that waited {@code waited} in the queue without getting a model call. */
    static Fallback busy(Duration waited) {
        return new Fallback(Fallback.Reason.BUSY, "The model was busy with other questions for " + waited.toSeconds()
                + " s, so this answer quotes the article's most relevant sentences instead.");
    }

    /** Calls running now. */
    int running() {
        return maxConcurrent - slots.availablePermits();
    }

    /** Questions waiting for a call now. */
    int queued() {
        return queued.get();
    }

    /** Questions refused since start-up because the queue was full. */
    long rejected() {
        return rejected.get();
    }

    int maxConcurrent() {
        return maxConcurrent;
    }

    int maxQueued() {
        return maxQueued;
    }

    /** Whether shutdown has begun: a call that gets its turn now must not start. */
    boolean closing() {
        return closing;
    }

    /**
     * A guess at when a place in the queue frees up: when one of the running calls ends, which at the
     * recent pace happens every average call time divided by the calls running.
     */
    private Duration retryAfter() {
        double seconds = averageMillis / 1000.0 / maxConcurrent;
        return Duration.ofSeconds(Math.max(1, Math.min(30, (long) Math.ceil(seconds))));
    }

    private boolean tryAcquire(Duration wait) {
        try {
            return slots.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** One question's place: in the queue until {@link #awaitTurn}, then a running call until closed. */
    final class Ticket implements AutoCloseable {

        private volatile boolean holding;
        // In the queue: from a ticket without a free call until it waits its turn, or is closed unused.
        private volatile boolean inQueue;
        private volatile boolean closed;
        private volatile long startedNanos;
        private volatile Runnable onShutdown;

        private Ticket(boolean holding) {
            this.holding = holding;
            this.inQueue = !holding;
            if (holding) {
                begin();
            }
        }

        /** Waits up to {@code wait} for a free call; false if none came, or if shutdown began meanwhile. */
        boolean awaitTurn(Duration wait) {
            if (!holding) {
                try {
                    holding = tryAcquire(wait);
                } finally {
                    leaveQueue();
                }
                if (holding) {
                    begin();
                }
            }
            return holding && !closing;
        }

        private synchronized void leaveQueue() {
            if (inQueue) {
                inQueue = false;
                queued.decrementAndGet();
            }
        }

        /** What to do if the application shuts down while this call runs: end it with an answer. */
        void onShutdown(Runnable endEarly) {
            this.onShutdown = endEarly;
            if (closing) {
                endEarly.run();
            }
        }

        private void begin() {
            startedNanos = System.nanoTime();
            running.add(this);
        }

        /** Frees the call, or the place in the queue; only the first close counts. */
        @Override
        public void close() {
            synchronized (this) {
                if (closed) {
                    return;
                }
                closed = true;
            }
            // A question answered without the model (nothing to ask it) gives its place back unused.
            leaveQueue();
            if (holding) {
                running.remove(this);
                double millis = (System.nanoTime() - startedNanos) / 1e6;
                averageMillis = 0.8 * averageMillis + 0.2 * millis;
                slots.release();
            }
        }
    }

    @Override
    public void start() {
        started = true;
    }

    /** Ends every call in flight with its fallback answer, then waits briefly for them to be written. */
    @Override
    public void stop() {
        closing = true;
        started = false;
        if (!running.isEmpty()) {
            log.info("Shutting down: ending {} answer(s) in flight", running.size());
        }
        for (Ticket ticket : running) {
            Runnable endEarly = ticket.onShutdown;
            if (endEarly != null) {
                try {
                    endEarly.run();
                } catch (RuntimeException e) {
                    log.warn("Ending an answer at shutdown failed", e);
                }
            }
        }
        long deadline = System.nanoTime() + DRAIN_WAIT.toNanos();
        while (!running.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public boolean isRunning() {
        return started;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
