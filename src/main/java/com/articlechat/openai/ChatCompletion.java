package com.articlechat.openai;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.articlechat.answer.Answer;
import com.articlechat.answer.Citation;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A blocking answer in OpenAI's {@code chat.completion} shape, with the checked answer's own fields
 * beside it ({@code citations}, {@code mode}, {@code notice}, {@code answered}): clients that know
 * them read the citations as data, the others ignore them and still get the source list in the text.
 */
record ChatCompletion(String id, String object, long created, String model, List<Choice> choices,
        @JsonUnwrapped Checked checked) {

    /** The one choice: the answer text with its source list. */
    record Choice(int index, Message message, @JsonProperty("finish_reason") String finishReason) {
    }

    record Message(String role, String content) {
    }

    /** What {@code /api/ask} says beside the text, with the same citation objects. */
    record Checked(List<Citation> citations, Answer.Mode mode, String notice, boolean answered) {

        static Checked of(Answer answer) {
            return new Checked(answer.citations(), answer.mode(), answer.notice(), answer.answered());
        }
    }

    /** The id, time and model every response and chunk of one completion shares. */
    record Header(String id, long created, String model) {

        static Header start(String model) {
            return new Header("chatcmpl-" + UUID.randomUUID().toString().replace("-", ""),
                    Instant.now().getEpochSecond(), model);
        }
    }

    static ChatCompletion of(Header header, Answer answer, int quoteLength) {
        Choice choice = new Choice(0, new Message("assistant", ReplyText.of(answer, quoteLength)), "stop");
        return new ChatCompletion(header.id(), "chat.completion", header.created(), header.model(), List.of(choice),
                Checked.of(answer));
    }

    /**
     * One {@code chat.completion.chunk} of a stream. {@code checked} is set on the last chunk only,
     * where the answer is known; the others leave it out.
     */
    record Chunk(String id, String object, long created, String model, List<ChunkChoice> choices,
            @JsonUnwrapped Checked checked) {

        static Chunk of(Header header, Delta delta, String finishReason, Checked checked) {
            return new Chunk(header.id(), "chat.completion.chunk", header.created(), header.model(),
                    List.of(new ChunkChoice(0, delta, finishReason)), checked);
        }
    }

    /** {@code finish_reason} is null until the last chunk, and is sent as null, as OpenAI does. */
    record ChunkChoice(int index, Delta delta, @JsonProperty("finish_reason") String finishReason) {
    }

    /** What a chunk adds: the role on the first, text on the others, nothing on the last. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Delta(String role, String content) {
    }
}
