package com.articlechat.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads Server-Sent Events as the HTML standard defines them: whole bodies, or line by line as they arrive. */
public final class ServerSentEvents {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One event: its name ({@code message} when it has none) and its data lines joined by newlines. */
    public record Event(String name, String data) {

        public JsonNode json() {
            return JSON.readTree(data);
        }
    }

    private String name;
    private StringBuilder data;

    /** The events of a whole {@code text/event-stream} body, in order. */
    public static List<Event> parse(String body) {
        ServerSentEvents reader = new ServerSentEvents();
        List<Event> events = new ArrayList<>();
        for (String line : body.split("\\r?\\n", -1)) {
            reader.line(line).ifPresent(events::add);
        }
        reader.line("").ifPresent(events::add);
        return events;
    }

    /** The data of the first event named {@code name} in {@code body}, as JSON. */
    public static JsonNode first(String body, String name) {
        return parse(body).stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " event in: " + body)).json();
    }

    /** Takes the next line of a stream; the event it completes, if it is the blank line that ends one. */
    public Optional<Event> line(String line) {
        if (line.isEmpty()) {
            Optional<Event> event = data == null ? Optional.empty()
                    : Optional.of(new Event(name == null ? "message" : name, data.toString()));
            name = null;
            data = null;
            return event;
        }
        if (line.startsWith("event:")) {
            name = line.substring("event:".length()).strip();
        } else if (line.startsWith("data:")) {
            String value = line.substring("data:".length());
            value = value.startsWith(" ") ? value.substring(1) : value;
            data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
        }
        return Optional.empty();
    }
}
