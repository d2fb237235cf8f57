/**
 * Conversations: the bounded, expiring memory of earlier turns per conversation id, and the
 * rewriting of follow-up questions ("What did he warn about?") into standalone retrieval queries,
 * by the model when it is up and by a word-level heuristic when it is not.
 *
 * <p>Placement: {@code web -> conversation -> answer -> retrieval}. A conversation wraps a single
 * answer (remember, rewrite, answer, record), so it sits above {@code answer} and uses its public
 * types ({@code AnswerService}, {@code Answer}, {@code Prompts}, {@code OllamaStatus}); {@code answer}
 * stays stateless and knows nothing of conversations, it only receives the history to show the model.
 * Nothing here depends on {@code web}, {@code retrieval} or {@code knowledge}; the HTTP side
 * ({@code conversationId} on the ask endpoints, {@code DELETE /api/conversations/{id}}) lives in {@code web}.
 *
 * <p>Id policy: ids are random UUIDs made by the server. A missing id starts a conversation; an
 * unknown, expired or malformed one starts a new conversation too, with a notice in the answer and
 * the new id, rather than failing the question (a page holding a stale id would otherwise be stuck).
 */
package com.articlechat.conversation;
