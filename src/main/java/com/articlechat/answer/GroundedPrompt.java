package com.articlechat.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.articlechat.retrieval.Passage;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;

/** Renders the prompt files into the messages sent to the model, with passages numbered [1]..[k]. */
@Component
class GroundedPrompt {

    static final String LANGUAGE_PROMPT = "answer-language.txt";

    private final Prompts prompts;
    private final PromptProperties properties;

    GroundedPrompt(Prompts prompts, PromptProperties properties) {
        this.prompts = prompts;
        this.properties = properties;
    }

    List<ChatMessage> messages(String question, List<Passage> passages) {
        return messages(question, passages, List.of(), null);
    }

    /**
     * The system prompt, then earlier turns as plain user and assistant messages, then this turn's
     * passages and question. Only the last message carries passages, so every {@code [n]} the model
     * writes refers to this turn's numbering; earlier answers are sent without their markers. A
     * question in another language than English ({@code language} not null) is followed by the
     * instruction to answer in it.
     */
    List<ChatMessage> messages(String question, List<Passage> passages, List<AnswerService.PriorTurn> history,
            String language) {
        String system = prompts.render("answer-system.txt", Map.of("not_found", properties.notFoundReply()));
        String user = prompts.render("answer-user.txt", Map.of("passages", numbered(passages), "question", question));
        if (language != null) {
            user = user + "\n\n" + prompts.render(LANGUAGE_PROMPT, Map.of("language", language));
        }
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(SystemMessage.from(system));
        for (AnswerService.PriorTurn turn : history) {
            messages.add(UserMessage.from(turn.question()));
            messages.add(AiMessage.from(CitationMarkers.withoutMarkers(turn.answer())));
        }
        messages.add(UserMessage.from(user));
        return messages;
    }

    /**
     * The passages as the model reads them: under each article's title, one numbered line per
     * passage with the paragraph it is from, so the model can cite {@code [n]} and still tell the
     * reader where in the article that is.
     */
    static String numbered(List<Passage> passages) {
        StringBuilder out = new StringBuilder();
        String article = null;
        for (int i = 0; i < passages.size(); i++) {
            Passage passage = passages.get(i);
            if (!passage.articleId().equals(article)) {
                article = passage.articleId();
                out.append(out.isEmpty() ? "" : "\n").append("Article: ").append(passage.article().title()).append("\n\n");
            }
            out.append('[').append(i + 1).append("] (paragraph ").append(passage.paragraph().number()).append(") ")
                    .append(passage.text()).append('\n');
        }
        return out.toString().strip();
    }
}
