package com.articlechat.answer;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.articlechat.knowledge.Article;
import com.articlechat.knowledge.Sentence;
import com.articlechat.retrieval.Passage;
import com.articlechat.retrieval.PassageRetriever;

/**
 * Decides what the model reads. Retrieval can miss the sentence that answers (a paraphrase, a
 * question about the whole story), and a model reading the whole article cannot miss it; so when
 * the articles in scope fit the token budget the model is given every sentence, numbered in
 * reading order. Larger scopes, such as many articles at once, fall back to retrieved passages.
 */
@Component
class ModelContext {

    // Llama-family tokenizers average about four characters of English per token; each numbered
    // sentence also costs its "[n] (paragraph p)" label, and each article its title line.
    private static final double CHARS_PER_TOKEN = 4.0;
    private static final int TOKENS_PER_SENTENCE_LABEL = 8;
    private static final int TOKENS_PER_ARTICLE_HEADER = 20;

    private final PassageRetriever retriever;
    private final AnswerProperties properties;

    ModelContext(PassageRetriever retriever, AnswerProperties properties) {
        this.retriever = retriever;
        this.properties = properties;
    }

    /** Every sentence of the scope when it fits the budget; empty when the model should read retrieved passages. */
    Optional<List<Passage>> wholeArticles(String question, String articleId) {
        if (properties.fullArticleTokens() <= 0) {
            return Optional.empty();
        }
        List<Article> scope = retriever.scope(articleId);
        if (scope.isEmpty() || estimatedTokens(scope) > properties.fullArticleTokens()) {
            return Optional.empty();
        }
        return Optional.of(retriever.sentencesOf(question, scope));
    }

    /** What whole articles would cost in the prompt; an estimate, erring on the long side. */
    static int estimatedTokens(List<Article> articles) {
        long tokens = 0;
        for (Article article : articles) {
            tokens += TOKENS_PER_ARTICLE_HEADER;
            for (Sentence sentence : article.sentences()) {
                tokens += TOKENS_PER_SENTENCE_LABEL + (long) Math.ceil(sentence.text().length() / CHARS_PER_TOKEN);
            }
            if (tokens > Integer.MAX_VALUE) {
                return Integer.MAX_VALUE;
            }
        }
        return (int) tokens;
    }
}
