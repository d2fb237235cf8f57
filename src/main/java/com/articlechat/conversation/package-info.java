/**
 * Conversations: the bounded, expiring memory of earlier turns per conversation id, and the
 * rewriting of follow-up questions ("What did he warn about?") into standalone retrieval queries,
 * by the model when it is up and by a word-level heuristic when it is not. Also what the reader
 * asks in: a question in another script than Latin (Korean, Chinese, ...; told from its letters,
 * {@code scripts.tsv}) is searched for in an English rendering by the model and answered in its own
 * language; without the model it gets a notice that it needs one. A client that holds the
 * conversation itself (the OpenAI-style API) sends its earlier turns instead of an id; they get the
 * same rewriting and bounds, and nothing is remembered.
 *
 * <p>Placement: {@code web, openai -> conversation -> answer -> retrieval}. A conversation wraps a single
 * answer (remember, rewrite, answer, record), so it sits above {@code answer} and uses its public
 * types ({@code AnswerService}, {@code Answer}, {@code Prompts}, {@code OllamaStatus}); {@code answer}
 * stays stateless and knows nothing of conversations, it only receives the history to show the model.
 * Nothing here depends on {@code web}, {@code openai}, {@code retrieval} or {@code knowledge}; the HTTP side
 * ({@code conversationId} on the ask endpoints, {@code DELETE /api/conversations/{id}}) lives in {@code web}.
 *
 * <p>Id policy: ids are random UUIDs made by the server. A missing id starts a conversation; an
 * unknown, expired or malformed one starts a new conversation too, with a notice in the answer and
 * the new id, rather than failing the question (a page holding a stale id would otherwise be stuck).
 */
@ApplicationModule(allowedDependencies = {"answer"})
package com.articlechat.conversation;

import org.springframework.modulith.ApplicationModule;
