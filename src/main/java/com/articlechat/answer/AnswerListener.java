package com.articlechat.answer;

import java.util.List;

/**
 * Receives a streamed answer: the passages first, then text as the model writes it, then exactly
 * one of {@link #done} or {@link #failed}. Calls may come from a client thread, never concurrently.
 */
public interface AnswerListener {

    /** The retrieved passages, numbered as the model sees them, each quoting its best sentence. */
    void passages(List<Citation> passages);

    /** A piece of the model's raw text; its markers refer to the passages' numbers. */
    void token(String text);

    /** The checked answer, in the same shape as {@code POST /api/ask} returns. */
    void done(Answer answer);

    /** Something unexpected failed after the stream began. */
    void failed(RuntimeException error);
}
