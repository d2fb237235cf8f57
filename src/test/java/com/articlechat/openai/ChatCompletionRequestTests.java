package com.articlechat.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.articlechat.answer.Generation;
import com.articlechat.conversation.Exchange;

import tools.jackson.databind.json.JsonMapper;

/** What a chat completion request means here: the question, the conversation before it, the model settings. */
class ChatCompletionRequestTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final OpenAiProperties LIMITS = new OpenAiProperties(null, 10, 40, Duration.ofMinutes(1), 160);

    @Test
    void should_take_the_last_user_message_as_the_question_and_pair_the_earlier_ones_with_their_answers() {
        // given: a system prompt, a turn, a turn with its answer in two messages, and content as parts
        ChatCompletionRequest request = parse("""
                {"model": "article-chat", "messages": [
                  {"role": "system", "content": "You are a helpful assistant."},
                  {"role": "user", "content": "What did Lee warn about?"},
                  {"role": "assistant", "content": "Supply chains [1].\\n\\nSources:\\n[1] ¶4 \\"Lee also warned\\""},
                  {"role": "user", "content": "And Xi?"},
                  {"role": "assistant", "content": "Stability [1]."},
                  {"role": "assistant", "content": "In Northeast Asia."},
                  {"role": "user", "content": [{"type": "text", "text": "When was"}, {"type": "image_url",
                    "image_url": {"url": "data:,"}}, {"type": "text", "text": "that?"}]}
                ], "tools": [], "n": 1, "user": "someone"}""");

        // when
        ChatCompletionRequest.Transcript transcript = request.transcript(LIMITS);

        // then
        assertThat(transcript.question()).isEqualTo("When was\nthat?");
        assertThat(transcript.history()).containsExactly(
                new Exchange("What did Lee warn about?", "Supply chains [1]."),
                new Exchange("And Xi?", "Stability [1].\n\nIn Northeast Asia."));
        assertThat(request.streams()).isFalse();
    }

    @Test
    void should_refuse_a_request_without_a_question_at_the_end() {
        assertRefused("{\"messages\": []}", "messages");
        assertRefused("{\"messages\": [{\"role\": \"user\", \"content\": \"Hi\"}, {\"role\": \"assistant\","
                + " \"content\": \"Hello\"}]}", "messages");
        assertRefused("{\"messages\": [{\"role\": \"user\", \"content\": \"  \"}]}", "messages");
        assertRefused("{\"messages\": [{\"role\": \"user\", \"content\": \"" + "x".repeat(41) + "\"}]}", "messages");
        assertRefused("{\"messages\": [" + "{\"role\": \"user\", \"content\": \"Hi\"},".repeat(10)
                + "{\"role\": \"user\", \"content\": \"Hi\"}]}", "messages");
    }

    @Test
    void should_pass_temperature_token_limit_and_stop_sequences_on() {
        // when
        Generation older = parse("{\"temperature\": 0.7, \"max_tokens\": 50, \"stop\": \"END\"}").generation();
        Generation newer = parse("{\"max_tokens\": 50, \"max_completion_tokens\": 80, \"stop\": [\"A\", \"B\"]}")
                .generation();
        Generation none = parse("{}").generation();

        // then
        assertThat(older).isEqualTo(new Generation(0.7, 50, List.of("END")));
        assertThat(newer).isEqualTo(new Generation(null, 80, List.of("A", "B")));
        assertThat(none).isEqualTo(Generation.DEFAULT);
    }

    @Test
    void should_refuse_settings_out_of_openai_ranges() {
        assertThatThrownBy(() -> parse("{\"temperature\": 2.5}").generation()).hasMessageContaining("temperature");
        assertThatThrownBy(() -> parse("{\"max_tokens\": 0}").generation()).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> parse("{\"stop\": [\"a\", \"b\", \"c\", \"d\", \"e\"]}").generation())
                .hasMessageContaining("up to 4");
        assertThatThrownBy(() -> parse("{\"stop\": {\"a\": 1}}").generation()).hasMessageContaining("'stop'");
    }

    private static void assertRefused(String json, String param) {
        assertThatThrownBy(() -> parse(json).transcript(LIMITS))
                .isInstanceOfSatisfying(OpenAiException.class, e -> {
                    assertThat(e.status().value()).isEqualTo(400);
                    assertThat(e.body().error().param()).isEqualTo(param);
                    assertThat(e.body().error().type()).isEqualTo("invalid_request_error");
                });
    }

    private static ChatCompletionRequest parse(String json) {
        return JSON.readValue(json, ChatCompletionRequest.class);
    }
}
