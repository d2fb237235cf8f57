package com.articlechat.retrieval;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.embedding.EmbeddingModel;

/**
 * Embeds questions, which asymmetric retrieval models want told apart from the passages they are
 * matched against (bge's instruction, e5's "query: ").
 *
 * @param model the embedding model as a question sees it, for LangChain4j's own retrievers too
 */
record QuestionEncoder(EmbeddingModel model) {

    Embedding embed(String question) {
        return model.embed(question).content();
    }
}
