package com.articlechat.openai;

import java.util.ArrayList;
import java.util.List;

import com.articlechat.answer.Generation;
import com.articlechat.conversation.Exchange;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import tools.jackson.databind.JsonNode;

/**
 * The body of {@code POST /v1/chat/completions}, the fields that apply here; the others (tools,
 * {@code n}, {@code top_p}, {@code user}, ...) are ignored rather than refused, so any client can call.
 *
 * @param maxTokens           the older name of {@code max_completion_tokens}; clients send one or the other
 * @param stop                a string or an array of strings
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ChatCompletionRequest(String model, List<Message> messages, Boolean stream, Double temperature,
        @JsonProperty("max_tokens") Integer maxTokens,
        @JsonProperty("max_completion_tokens") Integer maxCompletionTokens, JsonNode stop) {

    // OpenAI's limits, so that what works here works there.
    private static final double MAX_TEMPERATURE = 2.0;
    private static final int MAX_STOP_SEQUENCES = 4;

    /** One message; {@code content} is a string, or an array of parts of which the text parts count. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Message(String role, JsonNode content) {

        String text() {
            if (content == null || content.isNull()) {
                return "";
            }
            if (content.isString()) {
                return content.stringValue();
            }
            List<String> texts = new ArrayList<>();
            if (content.isArray()) {
                for (JsonNode part : content.values()) {
                    if ("text".equals(part.path("type").asString()) && part.path("text").isString()) {
                        texts.add(part.path("text").stringValue());
                    }
                }
            }
            return String.join("\n", texts);
        }
    }

    /** The question (the last user message) and the conversation before it. */
    record Transcript(String question, List<Exchange> history) {
    }

    boolean streams() {
        return Boolean.TRUE.equals(stream);
    }

    /**
     * The last message is the question; each earlier user message and the assistant messages after it
     * are one exchange. System and tool messages are ignored: the answer's instructions are this
     * server's. Earlier answers lose their source lists, which this server appended for display.
     */
    Transcript transcript(OpenAiProperties limits) {
        if (messages == null || messages.isEmpty()) {
            throw OpenAiException.invalid("messages", "'messages' must hold at least the question, as"
                    + " {\"role\": \"user\", \"content\": \"...\"}.");
        }
        if (messages.size() > limits.maxMessages()) {
            throw OpenAiException.invalid("messages", "At most " + limits.maxMessages() + " messages are accepted;"
                    + " only the latest turns are used anyway.");
        }
        List<Exchange> history = new ArrayList<>();
        String asked = null;
        StringBuilder answer = new StringBuilder();
        String lastRole = null;
        for (Message message : messages) {
            if (message == null || !("user".equals(message.role()) || "assistant".equals(message.role()))) {
                continue;
            }
            lastRole = message.role();
            if ("user".equals(message.role())) {
                if (asked != null) {
                    history.add(new Exchange(asked, ReplyText.withoutSources(answer.toString()).strip()));
                }
                asked = message.text();
                answer.setLength(0);
            } else if (asked != null) {
                answer.append(answer.isEmpty() ? "" : "\n\n").append(message.text());
            }
        }
        if (!"user".equals(lastRole)) {
            throw OpenAiException.invalid("messages", "The last message must be the user's question.");
        }
        String question = asked.strip();
        if (question.isEmpty()) {
            throw OpenAiException.invalid("messages", "Ask a question: the last user message is empty.");
        }
        if (question.length() > limits.maxQuestionLength()) {
            throw OpenAiException.invalid("messages", "The question is " + question.length()
                    + " characters long; at most " + limits.maxQuestionLength() + " are accepted.");
        }
        return new Transcript(question, history);
    }

    /** The settings for the model's answer; those not given keep the server's defaults. */
    Generation generation() {
        if (temperature != null && (temperature < 0 || temperature > MAX_TEMPERATURE)) {
            throw OpenAiException.invalid("temperature", "'temperature' must be between 0 and 2.");
        }
        Integer limit = maxCompletionTokens != null ? maxCompletionTokens : maxTokens;
        if (limit != null && limit < 1) {
            throw OpenAiException.invalid(maxCompletionTokens != null ? "max_completion_tokens" : "max_tokens",
                    "The token limit must be at least 1.");
        }
        return new Generation(temperature, limit, stopSequences());
    }

    private List<String> stopSequences() {
        if (stop == null || stop.isNull()) {
            return List.of();
        }
        if (stop.isString()) {
            return List.of(stop.stringValue());
        }
        if (stop.isArray() && stop.size() <= MAX_STOP_SEQUENCES && stop.values().stream().allMatch(JsonNode::isString)) {
            return stop.values().stream().map(JsonNode::stringValue).toList();
        }
        throw OpenAiException.invalid("stop", "'stop' must be a string or an array of up to " + MAX_STOP_SEQUENCES
                + " strings.");
    }
}
