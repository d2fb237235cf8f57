package com.articlechat.conversation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The memory of every conversation, in this process only: bounded in turns and characters per
 * conversation and in the number of conversations, and forgetting conversations left idle.
 *
 * <p>Ids are random UUIDs made here, so knowing one is the only way into a conversation. One lock
 * guards the map; the work under it is a lookup and a copy of a few turns, far cheaper than the
 * model call around it.
 */
final class ConversationStore {

    private static final Pattern UUID_FORMAT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** How a requested id was resolved. */
    enum Status {
        /** No id was sent: a new conversation. */
        NEW,
        /** The id is known and was used within the idle timeout. */
        CONTINUED,
        /** The id was known but idle too long: forgotten, a new conversation was started. */
        EXPIRED,
        /** The id is well-formed but unknown (deleted, evicted, or from before a restart). */
        UNKNOWN,
        /** The id is not a UUID, so it cannot be one of ours. */
        INVALID
    }

    /** The conversation a question belongs to: its id (new unless {@code CONTINUED}) and earlier turns. */
    record Opened(String id, List<Turn> history, Status status) {
    }

    private static final class Entry {
        List<Turn> turns = List.of();
        Instant lastUsed;

        Entry(Instant now) {
            lastUsed = now;
        }
    }

    private final ConversationProperties properties;
    private final Clock clock;
    // Access order: the eldest entry is the least recently used, which is also the longest idle.
    private final LinkedHashMap<String, Entry> conversations = new LinkedHashMap<>(16, 0.75f, true);

    ConversationStore(ConversationProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** Continues the conversation {@code requestedId}, or starts a new one saying why. */
    synchronized Opened open(String requestedId) {
        Instant now = clock.instant();
        Status status;
        if (requestedId == null || requestedId.isBlank()) {
            status = Status.NEW;
        } else if (!UUID_FORMAT.matcher(requestedId.strip()).matches()) {
            status = Status.INVALID;
        } else {
            String id = requestedId.strip().toLowerCase(Locale.ROOT);
            Entry entry = conversations.get(id);
            if (entry != null && !idle(entry, now)) {
                entry.lastUsed = now;
                return new Opened(id, entry.turns, Status.CONTINUED);
            }
            status = entry == null ? Status.UNKNOWN : Status.EXPIRED;
            conversations.remove(id);
        }
        evictIdle(now);
        String id = UUID.randomUUID().toString();
        conversations.put(id, new Entry(now));
        while (conversations.size() > properties.maxConversations()) {
            Iterator<String> eldest = conversations.keySet().iterator();
            eldest.next();
            eldest.remove();
        }
        return new Opened(id, List.of(), status);
    }

    /**
     * Adds a turn, dropping the oldest ones beyond the bounds. A conversation deleted or evicted
     * meanwhile stays forgotten: an answer that finishes after "New chat" must not bring it back.
     */
    synchronized void append(String id, Turn turn) {
        Entry entry = conversations.get(id);
        if (entry == null) {
            return;
        }
        List<Turn> turns = new ArrayList<>(entry.turns);
        turns.add(turn);
        entry.turns = bounded(turns, properties);
        entry.lastUsed = clock.instant();
    }

    /** Forgets a conversation; true if it was known. */
    synchronized boolean forget(String id) {
        return id != null && conversations.remove(id.strip().toLowerCase(Locale.ROOT)) != null;
    }

    /** How many conversations are held, idle ones included until the next {@link #open}. */
    synchronized int size() {
        return conversations.size();
    }

    /** The latest turns within {@code max-turns} and {@code max-chars}, the bounds of every history shown to the model. */
    static List<Turn> bounded(List<Turn> turns, ConversationProperties properties) {
        int chars = turns.stream().mapToInt(Turn::chars).sum();
        int from = 0;
        // Strict bounds: a single turn longer than max-chars is not kept either.
        while (from < turns.size() && (turns.size() - from > properties.maxTurns() || chars > properties.maxChars())) {
            chars -= turns.get(from).chars();
            from++;
        }
        return List.copyOf(turns.subList(from, turns.size()));
    }

    private boolean idle(Entry entry, Instant now) {
        return !entry.lastUsed.plus(properties.idleTimeout()).isAfter(now);
    }

    // The map is in last-use order, so the idle entries are all at its start.
    private void evictIdle(Instant now) {
        Iterator<Map.Entry<String, Entry>> it = conversations.entrySet().iterator();
        while (it.hasNext() && idle(it.next().getValue(), now)) {
            it.remove();
        }
    }
}
