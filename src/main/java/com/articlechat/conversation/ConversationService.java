package com.articlechat.conversation;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import com.articlechat.answer.Answer;
import com.articlechat.answer.AnswerListener;
import com.articlechat.answer.AnswerService;
import com.articlechat.answer.AnswerStream;
import com.articlechat.answer.Citation;
import com.articlechat.answer.Generation;

/**
 * Answers a question as a turn of a conversation: find or start the conversation, rewrite a
 * follow-up into a standalone retrieval query (in English, for a question in another language),
 * answer with the earlier turns in view, remember the turn, and return the answer with the
 * conversation's id. A client that holds the conversation itself sends its earlier turns instead,
 * and nothing is remembered here.
 */
@Service
public class ConversationService {

    private final ConversationStore store;
    private final FollowUpRewriter rewriter;
    private final QuestionTranslator translator;
    private final AnswerService answers;
    private final ConversationProperties properties;

    ConversationService(ConversationStore store, FollowUpRewriter rewriter, QuestionTranslator translator,
            AnswerService answers, ConversationProperties properties) {
        this.store = store;
        this.rewriter = rewriter;
        this.translator = translator;
        this.answers = answers;
        this.properties = properties;
    }

    /** Answers {@code question} in conversation {@code conversationId}; null, unknown or expired starts a new one. */
    public Answer ask(String question, String articleId, String conversationId) {
        ConversationStore.Opened conversation = store.open(conversationId);
        Answer answer = ask(prepare(question, articleId, conversation.history(), Generation.DEFAULT));
        return remember(conversation, question, answer);
    }

    /** Streams the answer; the {@code done} event carries the conversation's id, as {@link #ask} does. */
    public AnswerStream stream(String question, String articleId, String conversationId, AnswerListener listener) {
        ConversationStore.Opened conversation = store.open(conversationId);
        Prepared prepared = prepare(question, articleId, conversation.history(), Generation.DEFAULT);
        return stream(prepared, new AnswerListener() {
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

    /**
     * Answers {@code question} after {@code history}, a conversation the client holds (oldest first),
     * with the same rewriting and the same bounds as a remembered one. The answer has no conversation id.
     */
    public Answer ask(String question, String articleId, List<Exchange> history, Generation generation) {
        return ask(prepare(question, articleId, turns(history), generation));
    }

    /** Streams the answer to {@code question} after {@code history}, as {@link #ask(String, String, List, Generation)}. */
    public AnswerStream stream(String question, String articleId, List<Exchange> history, Generation generation,
            AnswerListener listener) {
        return stream(prepare(question, articleId, turns(history), generation), listener);
    }

    /** Forgets a conversation. Unknown and malformed ids are fine: the result is the same, it is gone. */
    public void forget(String conversationId) {
        store.forget(conversationId);
    }

    /** A question ready for the answer service, or the reply it gets without one. */
    private record Prepared(AnswerService.Question question, Answer reply) {
    }

    private Answer ask(Prepared prepared) {
        return prepared.reply() != null ? prepared.reply() : answers.ask(prepared.question());
    }

    private AnswerStream stream(Prepared prepared, AnswerListener listener) {
        if (prepared.reply() == null) {
            return answers.stream(prepared.question(), listener);
        }
        listener.passages(List.of());
        listener.done(prepared.reply());
        return AnswerStream.finished();
    }

    private Prepared prepare(String question, String articleId, List<Turn> history, Generation generation) {
        String query = rewriter.rewrite(question, history);
        String language = translator.language(question).orElse(null);
        if (language != null) {
            query = translator.toEnglish(query, language);
            if (query == null) {
                return new Prepared(null, translator.needsModel(question, language));
            }
        }
        List<AnswerService.PriorTurn> prior = history.stream()
                .map(turn -> new AnswerService.PriorTurn(turn.question(), turn.answer()))
                .toList();
        return new Prepared(new AnswerService.Question(question, query, articleId, prior, language, generation), null);
    }

    /**
     * A client's history as turns within the usual bounds. The client does not say what each earlier
     * question was searched as; the heuristic works it out from the turns before it, so a chain of
     * follow-ups keeps its thread as a remembered conversation does.
     */
    private List<Turn> turns(List<Exchange> history) {
        List<Turn> turns = new ArrayList<>();
        for (Exchange exchange : history) {
            String searched = FollowUpHeuristic.standalone(exchange.question(), turns);
            turns.add(new Turn(exchange.question(), searched, Answer.withoutCitations(exchange.answer())));
        }
        return ConversationStore.bounded(turns, properties);
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
