package com.articlechat.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SideBySideTests {

    private static final int WORKERS = 2;

    private final SideBySide sideBySide = new SideBySide(WORKERS);

    @AfterEach
    void stop() {
        sideBySide.destroy();
    }

    @Test
    void should_run_a_part_on_another_core_while_the_caller_works() throws Exception {
        CountDownLatch started = new CountDownLatch(1);

        SideBySide.Part<String> part = sideBySide.start(() -> {
            started.countDown();
            return Thread.currentThread().getName();
        });

        // The caller has not joined yet, so only a worker can have started it.
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(part.join()).startsWith("retrieval-part-");
    }

    @Test
    void should_run_a_part_on_the_joining_thread_when_every_worker_is_busy() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<SideBySide.Part<Boolean>> blockers = new ArrayList<>();
        CountDownLatch busy = new CountDownLatch(WORKERS);
        for (int i = 0; i < WORKERS; i++) {
            blockers.add(sideBySide.start(() -> {
                busy.countDown();
                return release.await(30, TimeUnit.SECONDS);
            }));
        }
        assertThat(busy.await(10, TimeUnit.SECONDS)).isTrue();

        SideBySide.Part<Thread> part = sideBySide.start(Thread::currentThread);

        // Joined without waiting for a worker: the caller runs it itself.
        assertThat(part.join()).isSameAs(Thread.currentThread());
        release.countDown();
        blockers.forEach(SideBySide.Part::join);
    }

    @Test
    void should_hand_the_exception_of_a_failed_part_to_the_caller() {
        IllegalStateException failure = new IllegalStateException("no such article");

        SideBySide.Part<String> part = sideBySide.start(() -> {
            throw failure;
        });

        assertThatThrownBy(part::join).isSameAs(failure);
    }
}
