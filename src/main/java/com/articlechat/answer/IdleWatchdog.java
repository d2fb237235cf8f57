package com.articlechat.answer;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

/**
 * Gives up on streams that go quiet. The Ollama client's timeout only covers the wait for response
 * headers, so a model that stalls mid-answer would otherwise hold the reader forever.
 */
@Component
class IdleWatchdog {

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "answer-idle-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    /** One watched stream: {@link #touch()} on every sign of life, {@link #stop()} when it ends. */
    final class Watch {

        private final long idleNanos;
        private final Runnable onIdle;
        private volatile long lastTouch = System.nanoTime();
        private volatile ScheduledFuture<?> check;

        private Watch(Duration idle, Runnable onIdle) {
            this.idleNanos = idle.toNanos();
            this.onIdle = onIdle;
            schedule(idleNanos);
        }

        void touch() {
            lastTouch = System.nanoTime();
        }

        void stop() {
            ScheduledFuture<?> pending = check;
            if (pending != null) {
                pending.cancel(false);
            }
        }

        private void schedule(long delayNanos) {
            check = scheduler.schedule(this::fire, delayNanos, TimeUnit.NANOSECONDS);
        }

        private void fire() {
            long quiet = System.nanoTime() - lastTouch;
            if (quiet >= idleNanos) {
                onIdle.run();
            } else {
                schedule(idleNanos - quiet);
            }
        }
    }

    Watch watch(Duration idle, Runnable onIdle) {
        return new Watch(idle, onIdle);
    }

    @PreDestroy
    void shutdown() {
        scheduler.shutdownNow();
    }
}
