package com.articlechat.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class ModelCallLimitTests {

    private final ModelCallLimit limit = new ModelCallLimit(new OllamaProperties("http://127.0.0.1:9", "m",
            Duration.ofSeconds(1), 4096, 0.1, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1),
            1, 1, Duration.ofSeconds(15)));

    @Test
    void should_give_back_a_place_in_the_queue_that_was_closed_without_waiting_its_turn() {
        // given: the one call is taken and the one place in the queue too
        ModelCallLimit.Ticket running = limit.enter();
        ModelCallLimit.Ticket waiting = limit.enter();
        assertThatThrownBy(limit::enter).isInstanceOf(ModelBusyException.class);

        // when: the waiting question is answered without the model (nothing was worth asking it)
        waiting.close();

        // then: its place is free again, and so is the call once the running one ends
        assertThat(limit.queued()).isZero();
        ModelCallLimit.Ticket next = limit.enter();
        running.close();
        assertThat(next.awaitTurn(Duration.ofSeconds(1))).isTrue();
        next.close();
        assertThat(limit.running()).isZero();
        assertThat(limit.queued()).isZero();
    }
}
