package com.articlechat.conversation;

/**
 * An earlier question and its answer as a client holds them, for clients that send the whole
 * conversation with every question instead of a conversation id (the OpenAI chat format).
 *
 * @param question the question as asked
 * @param answer   the answer as the client shows it; {@code [n]} markers may stay in, they are removed
 */
public record Exchange(String question, String answer) {

    public Exchange {
        question = question == null ? "" : question;
        answer = answer == null ? "" : answer;
    }
}
