package com.articlechat.retrieval;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs the independent parts of one question's retrieval on the machine's other cores: its two
 * encodings (the sentence vector and the words in context, each a model run of a few milliseconds),
 * and across the archive the keyword proposals, the halves of the pass over every sentence vector
 * and the proposed articles. A part that no worker has started
 * when its result is wanted is run by the thread that wants it, so when every worker is busy (many
 * readers at once) a question takes as long as it would in sequence, not longer: the parallelism
 * helps latency when the machine has cores to spare and costs nothing when it has none.
 */
@Component
class SideBySide implements DisposableBean {

    // A part waits here only while the thread that needs it is busy with its own work; beyond this
    // many, a part is left to that thread at once.
    private static final int QUEUED = 64;

    private final ThreadPoolExecutor workers;

    // The thread asking is busy too: one worker per other core. More would only take turns with it on
    // the same cores, and the thread that woke them would be the one to wait.
    SideBySide() {
        this(Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
    }

    SideBySide(int workerCount) {
        AtomicInteger count = new AtomicInteger();
        workers = new ThreadPoolExecutor(workerCount, workerCount, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(QUEUED), task -> {
                    Thread thread = new Thread(task, "retrieval-part-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.DiscardPolicy());
        workers.allowCoreThreadTimeOut(true);
    }

    /** Starts {@code work} on a free core if there is one; {@link Part#join()} gets its result. */
    <T> Part<T> start(Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        workers.execute(task);
        return new Part<>(task);
    }

    @Override
    public void destroy() {
        workers.shutdownNow();
    }

    /** A part of the work, running or waiting for a core. */
    static final class Part<T> {

        private final FutureTask<T> task;

        private Part(FutureTask<T> task) {
            this.task = task;
        }

        /** Its result: run here if no worker has taken it, else waited for. */
        T join() {
            // FutureTask runs at most once: this does nothing when a worker has it or is done.
            task.run();
            try {
                return task.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for a part of the retrieval", e);
            }
        }
    }
}
