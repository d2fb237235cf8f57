package com.articlechat.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

/** The memory of conversations: bounded, expiring, and never shared between ids. */
class ConversationStoreTests {

    private static final Duration IDLE = Duration.ofMinutes(30);

    private final MutableClock clock = new MutableClock();

    @Test
    void should_start_a_conversation_with_a_new_uuid_when_none_is_given() {
        // given
        ConversationStore store = store(6, 10_000, 100);

        // when
        ConversationStore.Opened opened = store.open(null);

        // then
        assertThat(opened.status()).isEqualTo(ConversationStore.Status.NEW);
        assertThat(UUID.fromString(opened.id()).toString()).isEqualTo(opened.id());
        assertThat(opened.history()).isEmpty();
    }

    @Test
    void should_continue_a_conversation_with_its_turns_in_order() {
        // given
        ConversationStore store = store(6, 10_000, 100);
        String id = store.open(null).id();
        store.append(id, turn(1));
        store.append(id, turn(2));

        // when
        ConversationStore.Opened opened = store.open(id.toUpperCase());

        // then
        assertThat(opened.status()).isEqualTo(ConversationStore.Status.CONTINUED);
        assertThat(opened.id()).isEqualTo(id);
        assertThat(opened.history()).containsExactly(turn(1), turn(2));
    }

    @Test
    void should_keep_no_more_than_max_turns_dropping_the_oldest() {
        // given
        ConversationStore store = store(2, 10_000, 100);
        String id = store.open(null).id();

        // when
        for (int n = 1; n <= 4; n++) {
            store.append(id, turn(n));
        }

        // then
        assertThat(store.open(id).history()).containsExactly(turn(3), turn(4));
    }

    @Test
    void should_keep_no_more_than_max_chars_dropping_the_oldest() {
        // given: each turn is 100 characters of question and answer
        ConversationStore store = store(10, 250, 100);
        String id = store.open(null).id();

        // when
        for (int n = 1; n <= 4; n++) {
            store.append(id, sized(n, 100));
        }

        // then
        List<Turn> history = store.open(id).history();
        assertThat(history).containsExactly(sized(3, 100), sized(4, 100));
        assertThat(history.stream().mapToInt(Turn::chars).sum()).isLessThanOrEqualTo(250);
    }

    @Test
    void should_not_keep_a_single_turn_longer_than_max_chars() {
        // given
        ConversationStore store = store(10, 250, 100);
        String id = store.open(null).id();
        store.append(id, sized(1, 100));

        // when
        store.append(id, sized(2, 300));

        // then
        assertThat(store.open(id).history()).isEmpty();
    }

    @Test
    void should_forget_a_conversation_left_idle_and_say_it_expired() {
        // given
        ConversationStore store = store(6, 10_000, 100);
        String id = store.open(null).id();
        store.append(id, turn(1));

        // when
        clock.advance(IDLE.plusSeconds(1));
        ConversationStore.Opened opened = store.open(id);

        // then
        assertThat(opened.status()).isEqualTo(ConversationStore.Status.EXPIRED);
        assertThat(opened.id()).isNotEqualTo(id);
        assertThat(opened.history()).isEmpty();
    }

    @Test
    void should_keep_a_conversation_used_within_the_idle_timeout() {
        // given
        ConversationStore store = store(6, 10_000, 100);
        String id = store.open(null).id();
        clock.advance(IDLE.minusMinutes(1));
        store.append(id, turn(1)); // using it resets the idle time

        // when
        clock.advance(IDLE.minusMinutes(1));
        ConversationStore.Opened opened = store.open(id);

        // then
        assertThat(opened.status()).isEqualTo(ConversationStore.Status.CONTINUED);
        assertThat(opened.history()).containsExactly(turn(1));
    }

    @Test
    void should_evict_idle_conversations_when_others_start() {
        // given
        ConversationStore store = store(6, 10_000, 100);
        store.open(null);
        store.open(null);

        // when
        clock.advance(IDLE.plusSeconds(1));
        store.open(null);

        // then
        assertThat(store.size()).isEqualTo(1);
    }

    @Test
    void should_forget_the_least_recently_used_beyond_max_conversations() {
        // given
        ConversationStore store = store(6, 10_000, 2);
        String first = store.open(null).id();
        String second = store.open(null).id();
        store.open(first); // first is now more recent than second

        // when
        store.open(null);

        // then
        assertThat(store.size()).isEqualTo(2);
        assertThat(store.open(second).status()).isEqualTo(ConversationStore.Status.UNKNOWN);
    }

    @Test
    void should_keep_conversations_apart() {
        // given
        ConversationStore store = store(6, 10_000, 100);
        String a = store.open(null).id();
        String b = store.open(null).id();

        // when
        store.append(a, turn(1));
        store.append(b, turn(2));

        // then
        assertThat(store.open(a).history()).containsExactly(turn(1));
        assertThat(store.open(b).history()).containsExactly(turn(2));
    }

    @Test
    void should_start_a_new_conversation_for_an_unknown_or_malformed_id() {
        // given
        ConversationStore store = store(6, 10_000, 100);
        String unknown = UUID.randomUUID().toString();

        // when
        ConversationStore.Opened fromUnknown = store.open(unknown);
        ConversationStore.Opened fromMalformed = store.open("../../etc/passwd");

        // then
        assertThat(fromUnknown.status()).isEqualTo(ConversationStore.Status.UNKNOWN);
        assertThat(fromUnknown.id()).isNotEqualTo(unknown);
        assertThat(fromMalformed.status()).isEqualTo(ConversationStore.Status.INVALID);
        assertThat(fromMalformed.history()).isEmpty();
    }

    @Test
    void should_not_bring_back_a_forgotten_conversation_when_a_late_answer_arrives() {
        // given
        ConversationStore store = store(6, 10_000, 100);
        String id = store.open(null).id();

        // when
        assertThat(store.forget(id)).isTrue();
        store.append(id, turn(1));

        // then
        assertThat(store.size()).isZero();
        assertThat(store.open(id).status()).isEqualTo(ConversationStore.Status.UNKNOWN);
    }

    @Test
    void should_lose_no_turn_when_many_threads_append_at_once() throws Exception {
        // given
        ConversationStore store = store(1000, 1_000_000, 100);
        String id = store.open(null).id();
        ExecutorService pool = Executors.newFixedThreadPool(8);

        // when
        List<Future<?>> done = new ArrayList<>();
        for (int n = 0; n < 400; n++) {
            int turn = n;
            done.add(pool.submit(() -> store.append(id, turn(turn))));
        }
        for (Future<?> future : done) {
            future.get();
        }
        pool.shutdown();

        // then
        assertThat(store.open(id).history()).hasSize(400);
    }

    private ConversationStore store(int maxTurns, int maxChars, int maxConversations) {
        return new ConversationStore(new ConversationProperties(maxTurns, maxChars, IDLE, maxConversations), clock);
    }

    private static Turn turn(int n) {
        return new Turn("Question " + n + "?", "Question " + n + "?", "Answer " + n + ".");
    }

    /** A turn of exactly {@code chars} characters of question and answer. */
    private static Turn sized(int n, int chars) {
        String question = "Q" + n + "?";
        return new Turn(question, question, "a".repeat(chars - question.length()));
    }

    /** A clock the test moves by hand, so idle time passes without waiting. */
    private static final class MutableClock extends Clock {

        private Instant now = Instant.parse("2026-01-07T09:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
