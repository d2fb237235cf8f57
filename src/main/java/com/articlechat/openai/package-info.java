/**
 * The OpenAI-compatible API, for chat clients that already speak it (Open WebUI, IDE plug-ins, the
 * OpenAI SDKs, LangChain4j's {@code OpenAiChatModel}): {@code GET /v1/models} lists one model for
 * all articles and one per article, and {@code POST /v1/chat/completions} answers, blocking or
 * streamed, in the wire format those clients parse. The citations are kept: as data (top-level
 * {@code citations}, {@code mode} and {@code notice}, on the response and on the last stream chunk)
 * and as a short source list at the end of the answer text, for clients that show only the text.
 * The client holds the conversation and sends it with every question; no id is kept here. Errors
 * use OpenAI's {@code {"error": {...}}} shape rather than problem details, because that is what
 * these clients read.
 *
 * <p>Placement: beside {@code web}, as another HTTP surface: depends on {@code conversation},
 * {@code answer} and {@code knowledge}; nothing depends on it.
 */
@ApplicationModule(allowedDependencies = {"answer", "conversation", "knowledge"})
package com.articlechat.openai;

import org.springframework.modulith.ApplicationModule;
