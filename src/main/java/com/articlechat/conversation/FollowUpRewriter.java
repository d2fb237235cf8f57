package com.articlechat.conversation;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.articlechat.answer.OllamaStatus;
import com.articlechat.answer.Prompts;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;

/**
 * Rewrites a follow-up into a standalone question before retrieval, because "What did he warn
 * about?" names nothing a search can find. The model does it when Ollama is up (prompt file
 * {@code rewrite-followup.txt}); otherwise, or when its reply is unusable, {@link FollowUpHeuristic}.
 */
@Component
class FollowUpRewriter {

    static final String PROMPT = "rewrite-followup.txt";

    private static final Logger log = LoggerFactory.getLogger(FollowUpRewriter.class);
    // Small models like to announce what they write: "Standalone question: ...", "English question: ...".
    private static final Pattern LABEL =
            Pattern.compile("^(?i)(standalone|rewritten|english|translated)?\\s*(question|query)\\s*:\\s*");
    private static final int MAX_LENGTH = 500;

    private final ChatModel chatModel;
    private final Prompts prompts;
    private final OllamaStatus ollama;

    FollowUpRewriter(ChatModel chatModel, Prompts prompts, OllamaStatus ollama) {
        this.chatModel = chatModel;
        this.prompts = prompts;
        this.ollama = ollama;
    }

    /** The query to retrieve with: {@code question} itself on a first turn. */
    String rewrite(String question, List<Turn> history) {
        if (history.isEmpty()) {
            return question;
        }
        if (ollama.current().ready()) {
            try {
                String prompt = prompts.render(PROMPT, Map.of("history", transcript(history), "question", question));
                String reply = chatModel.chat(ChatRequest.builder().messages(UserMessage.from(prompt)).build())
                        .aiMessage().text();
                String standalone = cleaned(reply);
                if (standalone != null) {
                    return standalone;
                }
                log.info("The model's rewrite of a follow-up was unusable, using the heuristic: {}", reply);
            } catch (RuntimeException e) {
                log.warn("Ollama could not rewrite a follow-up, using the heuristic: {}", e.toString());
                ollama.failed(e);
            }
        }
        return FollowUpHeuristic.standalone(question, history);
    }

    static String transcript(List<Turn> history) {
        StringBuilder out = new StringBuilder();
        for (Turn turn : history) {
            out.append("User: ").append(turn.question()).append('\n')
                    .append("Assistant: ").append(turn.answer()).append("\n\n");
        }
        return out.toString().strip();
    }

    /** The first line of the reply without labels or quotes; null if nothing usable is left. */
    static String cleaned(String reply) {
        if (reply == null) {
            return null;
        }
        String line = reply.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        line = LABEL.matcher(line).replaceFirst("");
        line = line.replaceAll("^[\"“'`]+|[\"”'`]+$", "").strip();
        return line.isEmpty() || line.length() > MAX_LENGTH ? null : line;
    }
}
