package com.articlechat.support;

import com.articlechat.support.OllamaStandIn.StreamOutcome;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaModel;
import dev.langchain4j.model.ollama.OllamaModels;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingException;
import dev.langchain4j.model.output.FinishReason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Proves the stand-in against the real langchain4j-ollama client, so tests built on it mean something. */
class OllamaStandInTests {

    private static final String MODEL = "llama3.2:3b";
    private static final Duration WAIT = Duration.ofSeconds(10);

    private OllamaStandIn ollama;

    @BeforeEach
    void startStandIn() {
        ollama = OllamaStandIn.start();
    }

    @AfterEach
    void stopStandIn() {
        ollama.close();
    }

    @Test
    void should_return_reply_when_chat_model_calls_without_streaming() {
        // given
        ollama.reply("The council approved the budget.");

        // when
        ChatResponse response = chatModel(MODEL).chat(ChatRequest.builder()
                .messages(SystemMessage.from("Answer from the passages."), UserMessage.from("What happened?"))
                .build());

        // then
        assertThat(response.aiMessage().text()).isEqualTo("The council approved the budget.");
        assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
        assertThat(response.tokenUsage().outputTokenCount()).isEqualTo(5);
        OllamaStandIn.RecordedRequest request = ollama.chatRequests().get(0);
        assertThat(request.stream()).isFalse();
        assertThat(request.model()).isEqualTo(MODEL);
        assertThat(request.systemMessage()).isEqualTo("Answer from the passages.");
        assertThat(request.lastUserMessage()).isEqualTo("What happened?");
        assertThat(request.header("content-type")).isEqualTo("application/json");
    }

    @Test
    void should_deliver_tokens_in_order_and_complete_when_streaming() throws Exception {
        // given
        String reply = "Rates rose  by 0.25%, the bank said.\n";
        ollama.reply(reply);
        StreamRecorder recorder = new StreamRecorder();

        // when
        streamingModel(MODEL).chat("What did the bank do?", recorder);

        // then
        ChatResponse complete = recorder.completed.get(10, TimeUnit.SECONDS);
        assertThat(recorder.partials).containsExactly("Rates", " rose", "  by", " 0.25%,", " the", " bank", " said.", "\n");
        assertThat(String.join("", recorder.partials)).isEqualTo(reply);
        assertThat(complete.aiMessage().text()).isEqualTo(reply);
        assertThat(complete.finishReason()).isEqualTo(FinishReason.STOP);
        assertThat(ollama.awaitStreamEnd(WAIT)).isTrue();
        assertThat(ollama.lastStreamOutcome()).isEqualTo(StreamOutcome.COMPLETED);
        assertThat(ollama.tokensWritten()).isEqualTo(8);
    }

    @Test
    void should_record_stream_true_when_streaming_model_calls() throws Exception {
        // given
        StreamRecorder recorder = new StreamRecorder();

        // when
        streamingModel(MODEL).chat("Hello?", recorder);
        recorder.completed.get(10, TimeUnit.SECONDS);

        // then
        OllamaStandIn.RecordedRequest request = ollama.chatRequests().get(0);
        assertThat(request.json()).containsEntry("stream", true); // explicit, though Ollama would stream anyway
        assertThat(request.stream()).isTrue();
        assertThat(request.lastUserMessage()).isEqualTo("Hello?");
    }

    @Test
    void should_list_configured_models_when_client_asks_for_tags() {
        // given
        ollama.models("llama3.2:3b", "qwen2.5:7b");

        // when
        List<OllamaModel> models = OllamaModels.builder().baseUrl(ollama.baseUrl()).timeout(WAIT).build()
                .availableModels().content();

        // then
        assertThat(models).extracting(OllamaModel::getName).containsExactly("llama3.2:3b", "qwen2.5:7b");
        assertThat(models.get(0).getModifiedAt()).isNotNull();
        assertThat(models.get(0).getDetails().getQuantizationLevel()).isEqualTo("Q4_K_M");
    }

    @Test
    void should_raise_model_not_found_when_model_is_not_pulled() {
        // given
        ollama.models("llama3.2:3b");

        // when / then
        assertThatThrownBy(() -> chatModel("mistral:7b").chat("Hi"))
                .isInstanceOf(ModelNotFoundException.class)
                .hasMessageContaining("model \\\"mistral:7b\\\" not found, try pulling it first");
    }

    @Test
    void should_fail_with_connection_error_when_stand_in_is_stopped() {
        // given
        OllamaChatModel model = chatModel(MODEL);
        ollama.stop();

        // when / then
        // the JDK client reports a refused connection as ConnectException (caused by ClosedChannelException)
        assertThatThrownBy(() -> model.chat("Hi")).hasCauseInstanceOf(ConnectException.class);
    }

    @Test
    void should_call_on_error_after_partial_responses_when_stream_fails() throws Exception {
        // given
        ollama.reply("one two three four").failStreamAfter(2);
        StreamRecorder recorder = new StreamRecorder();

        // when
        streamingModel(MODEL).chat("Count", recorder);

        // then
        Throwable error = recorder.failed.get(10, TimeUnit.SECONDS);
        assertThat(error).isInstanceOf(OllamaStreamingException.class)
                .hasMessageContaining(OllamaStandIn.STREAM_FAILURE_MESSAGE);
        assertThat(recorder.partials).containsExactly("one", " two");
        assertThat(recorder.completed).isNotDone();
        assertThat(ollama.awaitStreamEnd(WAIT)).isTrue();
        assertThat(ollama.lastStreamOutcome()).isEqualTo(StreamOutcome.FAILED_ON_PURPOSE);
    }

    @Test
    void should_call_on_error_when_stream_is_cut_without_final_line() throws Exception {
        // given
        ollama.reply("one two three four").abortStreamAfter(3).tokenDelay(Duration.ofMillis(100));
        StreamRecorder recorder = new StreamRecorder();

        // when
        streamingModel(MODEL).chat("Count", recorder);

        // then
        assertThat(recorder.failed.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(IOException.class);
        assertThat(recorder.partials).containsExactly("one", " two", " three");
        assertThat(recorder.completed).isNotDone();
        assertThat(ollama.lastStreamOutcome()).isEqualTo(StreamOutcome.ABORTED_ON_PURPOSE);
    }

    @Test
    void should_stop_writing_when_client_cancels_the_stream() throws Exception {
        // given
        ollama.reply("a b c d e f g h i j k l m n o p q r s t").tokenDelay(Duration.ofMillis(50));
        StreamRecorder recorder = new StreamRecorder((partial, context) -> {
            if (partial.text().equals(" b")) {
                context.streamingHandle().cancel();
            }
        });

        // when
        streamingModel(MODEL).chat("Letters", recorder);

        // then
        assertThat(ollama.awaitStreamEnd(WAIT)).isTrue();
        assertThat(ollama.lastStreamOutcome()).isEqualTo(StreamOutcome.CLIENT_DISCONNECTED);
        assertThat(ollama.tokensWritten()).isLessThan(6); // of 20: a write or two may land in socket buffers first
        assertThat(recorder.completed).isNotDone();
    }

    @Test
    void should_send_num_ctx_option_when_client_sets_it() {
        // when
        OllamaChatModel.builder().baseUrl(ollama.baseUrl()).modelName(MODEL).timeout(WAIT).maxRetries(0)
                .numCtx(4096).temperature(0.0).build()
                .chat("Hi");

        // then
        assertThat(ollama.chatRequests().get(0).options())
                .containsEntry("num_ctx", 4096)
                .containsEntry("temperature", 0.0);
    }

    @Test
    void should_compute_reply_from_request_when_replier_is_a_function() {
        // given
        ollama.reply(request -> "You asked: " + request.lastUserMessage());

        // when
        String answer = chatModel(MODEL).chat("Who won?");

        // then
        assertThat(answer).isEqualTo("You asked: Who won?");
    }

    @Test
    void should_time_out_when_chat_is_delayed_beyond_client_timeout() {
        // given
        ollama.chatDelay(Duration.ofSeconds(3));
        OllamaChatModel model = OllamaChatModel.builder().baseUrl(ollama.baseUrl()).modelName(MODEL)
                .timeout(Duration.ofMillis(300)).maxRetries(0).build();

        // when / then
        long start = System.nanoTime();
        assertThatThrownBy(() -> model.chat("Hi")).isInstanceOf(TimeoutException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void should_accept_a_chat_and_send_nothing_in_never_answer_mode_until_reset() throws Exception {
        // given
        ollama.neverAnswer();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest chat = HttpRequest.newBuilder(URI.create(ollama.baseUrl() + "/api/chat"))
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"model\":\"llama3.2:3b\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}"))
                .build();

        // when
        CompletableFuture<HttpResponse<String>> response = client.sendAsync(chat, HttpResponse.BodyHandlers.ofString());

        // then: the request arrived and is held without a byte, headers included
        Thread.sleep(500);
        assertThat(ollama.chatRequests()).hasSize(1);
        assertThat(ollama.chatsInFlight()).isEqualTo(1);
        assertThat(response).isNotDone();

        // when: reset, as a hung Ollama restarted
        ollama.reset();

        // then: the connection is dropped, still without an answer
        assertThatThrownBy(() -> response.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(IOException.class);
        assertThat(ollama.chatsInFlight()).isZero();
    }

    @Test
    void should_delay_only_a_streamed_answers_headers_in_slow_headers_mode() throws Exception {
        // given
        ollama.reply("Four days.").slowHeaders(Duration.ofMillis(800));
        List<String> tokens = new CopyOnWriteArrayList<>();
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();

        // when
        long start = System.nanoTime();
        String blocking = chatModel(MODEL).chat("Hi");
        Duration blockingTook = Duration.ofNanos(System.nanoTime() - start);
        long streamStart = System.nanoTime();
        streamingModel(MODEL).chat("Hi", new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(String partial) {
                tokens.add(partial);
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                done.complete(response);
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }
        });
        done.get(10, TimeUnit.SECONDS);

        // then: the blocking call (a health probe's kind) was not delayed, the stream started late, then streamed
        assertThat(blocking).isEqualTo("Four days.");
        assertThat(blockingTook).isLessThan(Duration.ofMillis(800));
        assertThat(Duration.ofNanos(System.nanoTime() - streamStart)).isGreaterThanOrEqualTo(Duration.ofMillis(800));
        assertThat(String.join("", tokens)).isEqualTo("Four days.");
    }

    @Test
    void should_answer_in_http_1_1_with_ollama_headers_when_client_offers_h2c_upgrade() throws Exception {
        // given: the JDK client's default, HTTP/2, offers an h2c upgrade on plain http
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        String body = "{\"model\":\"llama3.2:3b\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}],\"stream\":%s}";
        ollama.reply("a <b> & c");

        // when
        HttpResponse<String> plain = client.send(HttpRequest.newBuilder(URI.create(ollama.baseUrl() + "/api/chat"))
                .POST(HttpRequest.BodyPublishers.ofString(body.formatted("false"))).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> streamed = client.send(HttpRequest.newBuilder(URI.create(ollama.baseUrl() + "/api/chat"))
                .POST(HttpRequest.BodyPublishers.ofString(body.formatted("true"))).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> unknown = client.send(HttpRequest.newBuilder(URI.create(ollama.baseUrl() + "/api/chat"))
                .POST(HttpRequest.BodyPublishers.ofString(body.formatted("false").replace("llama3.2:3b", "x"))).build(),
                HttpResponse.BodyHandlers.ofString());

        // then
        assertThat(ollama.requests().get(0).header("Upgrade")).isEqualTo("h2c");
        assertThat(plain.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
        assertThat(plain.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        assertThat(plain.body()).matches("\\{\"model\":\"llama3.2:3b\",\"created_at\":\"[^\"]+Z\","
                + "\"message\":\\{\"role\":\"assistant\",\"content\":\"a \\\\u003cb\\\\u003e \\\\u0026 c\"},"
                + "\"done_reason\":\"stop\",\"done\":true,\"total_duration\":\\d+,\"load_duration\":\\d+,"
                + "\"prompt_eval_count\":1,\"prompt_eval_duration\":\\d+,\"eval_count\":4,\"eval_duration\":\\d+}");
        assertThat(streamed.headers().firstValue("Content-Type")).hasValue("application/x-ndjson");
        assertThat(streamed.headers().firstValue("Transfer-Encoding")).hasValue("chunked");
        List<String> lines = streamed.body().lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(1)).matches("\\{\"model\":\"llama3.2:3b\",\"created_at\":\"[^\"]+Z\","
                + "\"message\":\\{\"role\":\"assistant\",\"content\":\" \\\\u003cb\\\\u003e\"},\"done\":false}");
        assertThat(lines.get(4)).contains("\"message\":{\"role\":\"assistant\",\"content\":\"\"},\"done_reason\":\"stop\",\"done\":true,");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).isEqualTo("{\"error\":\"model \\\"x\\\" not found, try pulling it first\"}");
    }

    @Test
    void should_split_reply_into_pieces_that_concatenate_back_exactly() {
        // given
        String reply = "  Leading,\ttabbed\n\nlines [1] end ";

        // when
        List<String> tokens = OllamaStandIn.tokens(reply);

        // then
        assertThat(String.join("", tokens)).isEqualTo(reply);
        assertThat(tokens).containsExactly("  Leading,", "\ttabbed", "\n\nlines", " [1]", " end", " ");
        assertThat(OllamaStandIn.tokens("")).isEmpty();
    }

    @Test
    void should_forget_requests_and_behaviour_when_reset() {
        // given
        ollama.models("other:1b").reply("custom");
        chatModel("other:1b").chat("Hi");

        // when
        ollama.reset();

        // then
        assertThat(ollama.requests()).isEmpty();
        assertThat(ollama.lastStreamOutcome()).isEqualTo(StreamOutcome.NONE);
        assertThat(chatModel(MODEL).chat("Hi")).isEqualTo("Hello from the Ollama stand-in.");
    }

    private OllamaChatModel chatModel(String model) {
        return OllamaChatModel.builder().baseUrl(ollama.baseUrl()).modelName(model).timeout(WAIT).maxRetries(0).build();
    }

    private OllamaStreamingChatModel streamingModel(String model) {
        return OllamaStreamingChatModel.builder().baseUrl(ollama.baseUrl()).modelName(model).timeout(WAIT).build();
    }

    /** Collects callbacks, which arrive on a client thread, for assertions on the test thread. */
    private static final class StreamRecorder implements StreamingChatResponseHandler {
        final List<String> partials = new CopyOnWriteArrayList<>();
        final CompletableFuture<ChatResponse> completed = new CompletableFuture<>();
        final CompletableFuture<Throwable> failed = new CompletableFuture<>();
        private final BiConsumer<PartialResponse, PartialResponseContext> onPartial;

        StreamRecorder() {
            this((partial, context) -> { });
        }

        StreamRecorder(BiConsumer<PartialResponse, PartialResponseContext> onPartial) {
            this.onPartial = onPartial;
        }

        @Override
        public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
            partials.add(partial.text());
            onPartial.accept(partial, context);
        }

        @Override
        public void onCompleteResponse(ChatResponse response) {
            completed.complete(response);
        }

        @Override
        public void onError(Throwable error) {
            failed.complete(error);
        }
    }
}
