package com.articlechat.conversation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.articlechat.answer.Answer;
import com.articlechat.answer.OllamaProperties;
import com.articlechat.answer.OllamaStatus;
import com.articlechat.answer.Prompts;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;

/**
 * Questions in the reader's language: one in Korean or Chinese is searched for in an English
 * rendering made by the model (prompt file {@code translate-question.txt}), and answered in its own
 * language. Without the model there is no rendering, and a search of the question as written would
 * find nothing and wrongly say that the article does not answer; the reader is told instead that
 * the question needs the model.
 */
@Component
class QuestionTranslator {

    static final String PROMPT = "translate-question.txt";

    private static final Logger log = LoggerFactory.getLogger(QuestionTranslator.class);

    private final ScriptLanguages languages;
    private final ChatModel chatModel;
    private final Prompts prompts;
    private final OllamaStatus ollama;
    private final OllamaProperties ollamaProperties;

    QuestionTranslator(ScriptLanguages languages, ChatModel chatModel, Prompts prompts, OllamaStatus ollama,
            OllamaProperties ollamaProperties) {
        this.languages = languages;
        this.chatModel = chatModel;
        this.prompts = prompts;
        this.ollama = ollama;
        this.ollamaProperties = ollamaProperties;
    }

    /** The question's language when it is not searchable as written (see {@link ScriptLanguages}). */
    Optional<String> language(String question) {
        return languages.nonLatin(question);
    }

    /**
     * {@code query} in English for the search; {@code query} itself when it already is (a follow-up
     * the model rewrote in English). Null when the model is not available or gave no usable rendering.
     */
    String toEnglish(String query, String language) {
        if (languages.nonLatin(query).isEmpty()) {
            return query;
        }
        if (!ollama.current().ready()) {
            return null;
        }
        try {
            String prompt = prompts.render(PROMPT, Map.of("language", language, "question", query));
            String reply = chatModel.chat(ChatRequest.builder().messages(UserMessage.from(prompt)).build())
                    .aiMessage().text();
            String english = FollowUpRewriter.cleaned(reply);
            if (english != null && languages.nonLatin(english).isEmpty()) {
                return english;
            }
            log.info("The model's English rendering of a question was unusable: {}", reply);
        } catch (RuntimeException e) {
            log.warn("Ollama could not render a question in English: {}", e.toString());
            ollama.failed(e);
        }
        return null;
    }

    /** The reply when a question in {@code language} cannot be rendered in English: it needs the model. */
    Answer needsModel(String question, String language) {
        String text = "Questions in " + language + " need the language model, which is not available right now,"
                + " so this question was not searched. Ask in English to get quotes from the article.";
        String notice = "Questions in " + language + " are rendered in English for the search and answered by"
                + " the model " + ollamaProperties.model() + ", which Ollama at " + ollamaProperties.baseUrl()
                + " cannot serve right now. To ask in " + language + ", start Ollama and run: ollama pull "
                + ollamaProperties.model();
        return new Answer(text, false, Answer.Mode.EXTRACTIVE, null, notice, List.of(), new Answer.Timings(0, 0),
                null, question);
    }
}
