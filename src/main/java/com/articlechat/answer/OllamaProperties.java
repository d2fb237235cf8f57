package com.articlechat.answer;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How to reach Ollama and how to ask it.
 *
 * @param baseUrl      where Ollama listens
 * @param model        the chat model; answers fall back to extractive when Ollama lacks it
 * @param timeout      how long to wait for the model to start answering (response headers and first token);
 *                     a model that takes longer is marked unresponsive until a probe gets an answer again
 * @param numCtx       context window in tokens; set explicitly because Ollama's default silently
 *                     truncates long prompts
 * @param temperature  low, because answers must stay close to the passages
 * @param probeTimeout how long the {@code /api/tags} health probe may take
 * @param probeTtl     how long a probe result is trusted, so a dead Ollama costs one timeout per
 *                     interval instead of one per question
 * @param streamIdleTimeout a model silent this long after its first token has stalled
 * @param maxConcurrent model calls running at once; more only queue up inside Ollama, holding connections
 * @param maxQueued     questions waiting for a call; beyond, a question is refused with 429 and Retry-After
 * @param recoveryProbeInterval while the model is marked unresponsive, how often a one-token request checks
 *                     whether it answers again
 */
@ConfigurationProperties("articlechat.ollama")
public record OllamaProperties(String baseUrl, String model, Duration timeout, int numCtx, double temperature,
        Duration probeTimeout, Duration probeTtl, Duration streamIdleTimeout, int maxConcurrent, int maxQueued,
        Duration recoveryProbeInterval) {
}
