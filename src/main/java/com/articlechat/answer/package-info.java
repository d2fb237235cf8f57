/**
 * Answers: prompts from files, the Ollama call and its health, citation checking and renumbering,
 * and the extractive answer given when no LLM can answer. Depends on {@code retrieval} and the
 * article types of {@code knowledge}.
 */
package com.articlechat.answer;
