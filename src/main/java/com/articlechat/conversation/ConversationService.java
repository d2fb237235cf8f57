package com.articlechat.conversation;

import java.util.List;

import org.springframework.stereotype.Service;

import com.articlechat.answer.Answer;
import com.articlechat.answer.AnswerListener;
import com.articlechat.answer.AnswerService;
import com.articlechat.answer.AnswerStream;
import com.articlechat.answer.Citation;

/**
 * Answers a question as a turn of a conversation: find or start the conversation, rewrite a
 * follow-up into a standalone retrieval query, answer with the earlier turns in view, remember the
 * turn, and return the answer with the conversation's id.
 */
@Service
public class ConversationService {

    private final ConversationStore store;
    private final FollowUpRewriter rewriter;
    private final AnswerService answers;

    ConversationService(ConversationStore store, FollowUpRewriter rewriter, AnswerService answers) {
        this.store = store;
        this.rewriter = rewriter;
        this.answers = answers;
    }

    /** Answers {@code question} in conversation {@code conversationId}; null, unknown or expired starts a new one. */
    public Answer ask(String question, String articleId, String conversationId) {
        ConversationStore.Opened conversation = store.open(conversationId);
        Answer answer = answers.ask(prepare(question, articleId, conversation));
        return remember(conversation, question, answer);
    }

    /** Streams the answer; the {@code done} event carries the conversation's id, as {@link #ask} does. */
    public AnswerStream stream(String question, String articleId, String conversationId, AnswerListener listener) {
        ConversationStore.Opened conversation = store.open(conversationId);
        return answers.stream(prepare(question, articleId, conversation), new AnswerListener() {
            @Override
            public void passages(List<Citation> passages) {
                listener.passages(passages);
            }

            @Override
            public void token(String text) {
                listener.token(text);
            }

            @Override
            public void done(Answer answer) {
                listener.done(remember(conversation, question, answer));
            }

            @Override
            public void failed(RuntimeException error) {
                listener.failed(error);
            }
        });
    }

    /** Forgets a conversation. Unknown and malformed ids are fine: the result is the same, it is gone. */
    public void forget(String conversationId) {
        store.forget(conversationId);
    }

    private AnswerService.Question prepare(String question, String articleId, ConversationStore.Opened conversation) {
        List<Turn> history = conversation.history();
        String query = rewriter.rewrite(question, history);
        List<AnswerService.PriorTurn> prior = history.stream()
                .map(turn -> new AnswerService.PriorTurn(turn.question(), turn.answer()))
                .toList();
        return new AnswerService.Question(question, query, articleId, prior);
    }

    private Answer remember(ConversationStore.Opened conversation, String question, Answer answer) {
        store.append(conversation.id(), new Turn(question, answer.retrievalQuery(), answer.textWithoutCitations()));
        return answer.inConversation(conversation.id(), notice(conversation.status()));
    }

    private static String notice(ConversationStore.Status status) {
        return switch (status) {
            case NEW, CONTINUED -> null;
            case EXPIRED -> "That conversation had expired; a new one was started.";
            case UNKNOWN -> "That conversation is not known here (it may have expired, been deleted, or the server"
                    + " restarted); a new one was started.";
            case INVALID -> "That conversation id is not valid; a new conversation was started.";
        };
    }
}
