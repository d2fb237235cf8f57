package com.articlechat.answer;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The reply to a question: text with {@code [n]} markers and the citations they point at.
 *
 * @param answered false when the article does not answer the question; citations are then empty
 * @param model    the model that wrote the answer, null for extractive answers
 * @param notice   why the answer is extractive or otherwise limited, for the reader; null otherwise
 * @param conversationId the conversation this answer belongs to; send it with the next question
 * @param retrievalQuery what was searched: the question itself, or a follow-up rewritten to stand alone
 */
public record Answer(String answer, boolean answered, Mode mode, String model, String notice,
        List<Citation> citations, Timings timings, String conversationId, String retrievalQuery) {

    public Answer {
        citations = List.copyOf(citations);
    }

    /** This answer as part of a conversation; {@code conversationNotice}, if any, is put before the answer's own. */
    public Answer inConversation(String id, String conversationNotice) {
        String merged = conversationNotice == null ? notice
                : notice == null ? conversationNotice : conversationNotice + " " + notice;
        return new Answer(answer, answered, mode, model, merged, citations, timings, id, retrievalQuery);
    }

    /**
     * The answer text without its {@code [n]} markers, for remembering the turn: the next turn's
     * passages are numbered afresh, so an old marker would point at the wrong passage.
     */
    public String textWithoutCitations() {
        return withoutCitations(answer);
    }

    /** {@code text} without {@code [n]} markers, e.g. an earlier answer a client sends back as history. */
    public static String withoutCitations(String text) {
        return CitationMarkers.withoutMarkers(text);
    }

    /** Who wrote the answer text. */
    public enum Mode {
        LLM, EXTRACTIVE;

        @JsonValue
        public String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Milliseconds spent finding passages and generating text. */
    public record Timings(double retrievalMs, double generationMs) {
    }
}
