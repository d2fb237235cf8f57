package com.articlechat.answer;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

/**
 * Gives up on streams that go quiet. The Ollama client's timeout only covers the wait for response
 * headers, so a model that stalls mid-answer would otherwise hold the reader forever.
 */
@Component
class IdleWatchdog {

    private static final Logger log = LoggerFactory.getLogger(IdleWatchdog.class);

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "answer-idle-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    /** One watched stream: {@link #touch()} on every sign of life, {@link #stop()} when it ends. */
    final class Watch {

        private final long idleNanos;
        private final Runnable onIdle;
        private volatile long lastTouch;
        private volatile ScheduledFuture<?> check;
        // A check that is running may schedule the next one just after stop() cancelled the current
        // one; the flag keeps that next check from firing for a stream that has ended.
        private volatile boolean stopped;

        private Watch(Duration first, Duration idle, Runnable onIdle) {
            this.idleNanos = idle.toNanos();
            this.onIdle = onIdle;
            // The first sign of life may take longer (a model loading), so the first silence allowed
            // is counted as if the last touch were that much later.
            long firstNanos = Math.max(first.toNanos(), idleNanos);
            this.lastTouch = System.nanoTime() + (firstNanos - idleNanos);
            schedule(idleNanos);
        }

        void touch() {
            lastTouch = System.nanoTime();
        }

        void stop() {
            stopped = true;
            ScheduledFuture<?> pending = check;
            if (pending != null) {
                pending.cancel(false);
            }
        }

        private void schedule(long delayNanos) {
            check = scheduler.schedule(this::fire, delayNanos, TimeUnit.NANOSECONDS);
        }

        private void fire() {
            if (stopped) {
                return;
            }
            long quiet = System.nanoTime() - lastTouch;
            if (quiet >= idleNanos) {
                try {
                    onIdle.run();
                } catch (RuntimeException e) {
                    // A scheduled task's exception is kept in its future, which nobody reads: say it here.
                    log.warn("Ending an idle answer stream failed", e);
                }
            } else {
                // At most one idle period ahead, so a stall right after the first token is seen in time.
                schedule(Math.min(idleNanos - quiet, idleNanos));
            }
        }
    }

    /** Watches a stream that may be silent for {@code first} before its first sign of life, then for {@code idle}. */
    Watch watch(Duration first, Duration idle, Runnable onIdle) {
        return new Watch(first, idle, onIdle);
    }

    @PreDestroy
    void shutdown() {
        scheduler.shutdownNow();
    }
}
