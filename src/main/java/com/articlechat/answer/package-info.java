/**
 * Answers: what the model reads (whole articles when they fit the token budget, else retrieved
 * passages), prompts from files, the Ollama call and its health, streaming (and the checked text
 * as it streams, for clients that cannot take text back), citation checking and
 * renumbering, and the extractive answer given when no LLM can answer. Every model call goes through
 * one limit ({@code ModelCallLimit}: so many running, so many waiting, the rest refused) and the same
 * watchdogs, and a model that stops answering is held as unresponsive until a probe finds it
 * answering again ({@code ModelHealth}); the answers' metrics and the model's health component live
 * here too. Depends on {@code retrieval} and the article types of {@code knowledge}.
 */
@ApplicationModule(allowedDependencies = {"knowledge", "retrieval"})
package com.articlechat.answer;

import org.springframework.modulith.ApplicationModule;
