/**
 * Answers: what the model reads (whole articles when they fit the token budget, else retrieved
 * passages), prompts from files, the Ollama call and its health, streaming (and the checked text
 * as it streams, for clients that cannot take text back), citation checking and renumbering, and the extractive answer given when no LLM can answer. Depends on {@code retrieval} and the
 * article types of {@code knowledge}.
 */
package com.articlechat.answer;
