package com.articlechat.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import com.articlechat.support.OllamaStandIn;
import com.articlechat.support.OllamaStandIn.RecordedRequest;

import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaModels;

/** Whether Ollama can answer, learned from the real client's {@code GET /api/tags} against the stand-in. */
class OllamaStatusTests {

    private static final String MODEL = "llama3.2:3b";

    private OllamaStandIn ollama;
    private ModelHealth health;

    @BeforeEach
    void startStandIn() {
        ollama = OllamaStandIn.start();
    }

    @AfterEach
    void stopStandIn() {
        if (health != null) {
            health.shutdown();
        }
        ollama.close();
    }

    @Test
    void should_be_ready_when_ollama_lists_the_model() {
        // given
        ollama.models("qwen2.5:7b", MODEL);

        // when
        OllamaStatus.State state = status(Duration.ZERO).current();

        // then
        assertThat(state.ready()).isTrue();
        assertThat(state.notice()).isNull();
    }

    @Test
    void should_not_be_ready_and_say_how_to_pull_when_the_model_is_missing() {
        // given
        ollama.models("other:1b");

        // when
        OllamaStatus.State state = status(Duration.ZERO).current();

        // then
        assertThat(state.ready()).isFalse();
        assertThat(state.notice()).contains(MODEL).contains("ollama pull " + MODEL);
    }

    @Test
    void should_not_be_ready_and_name_the_url_when_ollama_is_not_reachable() {
        // given
        String baseUrl = ollama.baseUrl();
        ollama.stop();

        // when
        OllamaStatus.State state = status(Duration.ZERO).current();

        // then
        assertThat(state.ready()).isFalse();
        assertThat(state.notice()).contains("not reachable at " + baseUrl).contains("ollama pull " + MODEL);
    }

    @Test
    void should_probe_once_within_the_probe_ttl() {
        // given
        OllamaStatus status = status(Duration.ofMinutes(5));

        // when
        status.current();
        status.current();
        OllamaStatus.State third = status.current();

        // then
        assertThat(third.ready()).isTrue();
        assertThat(tagRequests()).isEqualTo(1);
    }

    @Test
    void should_probe_every_time_when_the_probe_ttl_is_zero() {
        // given
        OllamaStatus status = status(Duration.ZERO);
        boolean readyBefore = status.current().ready();

        // when
        ollama.models("other:1b");
        boolean readyAfter = status.current().ready();

        // then
        assertThat(readyBefore).isTrue();
        assertThat(readyAfter).isFalse();
        assertThat(tagRequests()).isEqualTo(2);
    }

    @Test
    void should_remember_a_refused_connection_until_the_ttl_ends() {
        // given
        OllamaStatus status = status(Duration.ofMinutes(5));
        status.current();

        // when
        Fallback fallback = status.failed(new RuntimeException(new ConnectException("refused")));
        OllamaStatus.State state = status.current();

        // then
        assertThat(fallback.reason()).isEqualTo(Fallback.Reason.OLLAMA_UNREACHABLE);
        assertThat(fallback.notice()).contains("not reachable at " + ollama.baseUrl());
        assertThat(state.ready()).isFalse();
        assertThat(state.notice()).isEqualTo(fallback.notice());
        assertThat(tagRequests()).isEqualTo(1);
    }

    @Test
    void should_hold_the_model_as_unresponsive_after_a_timeout_until_a_probe_is_answered() {
        // given: a model that Ollama lists but that never answers
        OllamaStatus status = status(Duration.ofMinutes(5));
        status.current();
        ollama.neverAnswer();

        // when: a call times out
        Fallback fallback = status.failed(new RuntimeException(new HttpTimeoutException("request timed out")));

        // then: the next questions go extractive at once, without a call of their own
        assertThat(fallback.reason()).isEqualTo(Fallback.Reason.MODEL_UNRESPONSIVE);
        assertThat(fallback.notice()).contains(MODEL).contains("did not start answering");
        assertThat(status.current().ready()).isFalse();
        assertThat(status.current().fallback()).isEqualTo(fallback);

        // when: the model answers again
        await().atMost(Duration.ofSeconds(5)).until(() -> !ollama.chatRequests().isEmpty());
        ollama.reset();

        // then: a background probe of one token finds out, and questions go to the model again
        await().atMost(Duration.ofSeconds(10)).until(() -> status.current().ready());
        RecordedRequest probe = ollama.chatRequests().get(0);
        assertThat(probe.stream()).isFalse();
        assertThat(probe.options()).containsEntry("num_predict", 1);
    }

    @Test
    void should_treat_a_name_without_tag_as_latest() {
        assertThat(OllamaStatus.sameModel("llama3.2", "llama3.2:latest")).isTrue();
        assertThat(OllamaStatus.sameModel("llama3.2:latest", "llama3.2")).isTrue();
        assertThat(OllamaStatus.sameModel("llama3.2:3b", "llama3.2:3b")).isTrue();
        assertThat(OllamaStatus.sameModel("llama3.2:3b", "llama3.2")).isFalse();
        assertThat(OllamaStatus.sameModel("llama3.2:1b", "llama3.2:3b")).isFalse();
    }

    private OllamaStatus status(Duration probeTtl) {
        // Bound as Spring binds it, so settings added to the record later need no change here.
        OllamaProperties properties = new Binder(new MapConfigurationPropertySource(Map.of(
                "articlechat.ollama.base-url", ollama.baseUrl(),
                "articlechat.ollama.model", MODEL,
                "articlechat.ollama.timeout", "10s",
                "articlechat.ollama.probe-timeout", "2s",
                "articlechat.ollama.probe-ttl", probeTtl.toMillis() + "ms",
                "articlechat.ollama.recovery-probe-interval", "200ms")))
                .bindOrCreate("articlechat.ollama", OllamaProperties.class);
        OllamaModels models = OllamaModels.builder()
                .baseUrl(properties.baseUrl())
                .timeout(properties.probeTimeout())
                .maxRetries(0)
                .build();
        health = new ModelHealth(OllamaChatModel.builder().baseUrl(properties.baseUrl()).modelName(MODEL)
                .timeout(Duration.ofSeconds(2)).maxRetries(0).build(), properties);
        return new OllamaStatus(models, properties, health);
    }

    private long tagRequests() {
        return ollama.requests().stream().filter(r -> r.path().equals("/api/tags")).count();
    }
}
