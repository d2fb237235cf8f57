package com.articlechat.answer;

import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The answers' figures for Micrometer (and so {@code /actuator/prometheus}): how each answer was
 * given and why not by the model, how long retrieval and generation took, how soon the model's first
 * token came and how fast it wrote, and how many model calls run and wait.
 */
@Component
class AnswerMetrics {

    private final MeterRegistry registry;
    private final Timer retrieval;
    private final Timer generation;
    private final Timer firstToken;
    private final DistributionSummary tokensPerSecond;

    AnswerMetrics(MeterRegistry registry, ModelCallLimit calls) {
        this.registry = registry;
        this.retrieval = Timer.builder("articlechat.answer.retrieval")
                .description("Finding the passages for a question").publishPercentileHistogram().register(registry);
        this.generation = Timer.builder("articlechat.answer.generation")
                .description("The model writing an answer, first token to last").publishPercentileHistogram()
                .register(registry);
        this.firstToken = Timer.builder("articlechat.model.first.token")
                .description("From calling the model to its first token").publishPercentileHistogram()
                .register(registry);
        this.tokensPerSecond = DistributionSummary.builder("articlechat.model.tokens.per.second")
                .description("Output tokens per second of a completed model answer").register(registry);
        FunctionCounter.builder("articlechat.model.calls.rejected", calls, ModelCallLimit::rejected)
                .description("Questions refused with 429 because every model call was taken and the queue was full")
                .register(registry);
        Gauge.builder("articlechat.model.calls.active", calls, ModelCallLimit::running)
                .description("Model calls running").register(registry);
        Gauge.builder("articlechat.model.calls.queued", calls, ModelCallLimit::queued)
                .description("Questions waiting for a model call").register(registry);
    }

    /** One answer given; {@code fallback} is null when the model's answer was used. */
    void answered(Answer answer, Fallback fallback) {
        Counter.builder("articlechat.answers")
                .description("Answers given, by who wrote them and why not the model")
                .tag("mode", answer.mode().json())
                .tag("reason", fallback == null ? "none" : fallback.reason().tag())
                .register(registry).increment();
        retrieval.record(Math.round(answer.timings().retrievalMs() * 1000), TimeUnit.MICROSECONDS);
        if (answer.mode() == Answer.Mode.LLM && answer.timings().generationMs() > 0) {
            generation.record(Math.round(answer.timings().generationMs() * 1000), TimeUnit.MICROSECONDS);
        }
    }

    void firstToken(long nanos) {
        firstToken.record(nanos, TimeUnit.NANOSECONDS);
    }

    /** A completed model answer: {@code tokens} output tokens written in {@code nanos} after the first one. */
    void generated(int tokens, long nanos) {
        if (tokens > 0 && nanos > 0) {
            tokensPerSecond.record(tokens / (nanos / 1e9));
        }
    }
}
