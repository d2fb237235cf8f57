package com.articlechat.retrieval;

import java.util.function.Supplier;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel;

/**
 * The embedding models shipped inside their jars, with the text each wants before a question and
 * before a passage: retrieval-trained models are asymmetric and score worse without it. Chosen by
 * {@code articlechat.embedding.in-process}; how they compare is measured in docs/evaluation.md.
 */
enum InProcessModel {

    ALL_MINILM_L6_V2("all-minilm-l6-v2", AllMiniLmL6V2EmbeddingModel::new, "", ""),
    BGE_SMALL_EN_V15("bge-small-en-v15", BgeSmallEnV15QuantizedEmbeddingModel::new,
            "Represent this sentence for searching relevant passages: ", ""),
    E5_SMALL_V2("e5-small-v2", E5SmallV2QuantizedEmbeddingModel::new, "query: ", "passage: ");

    private final String key;
    private final Supplier<EmbeddingModel> factory;
    private final String questionPrefix;
    private final String passagePrefix;

    InProcessModel(String key, Supplier<EmbeddingModel> factory, String questionPrefix, String passagePrefix) {
        this.key = key;
        this.factory = factory;
        this.questionPrefix = questionPrefix;
        this.passagePrefix = passagePrefix;
    }

    static InProcessModel named(String key) {
        for (InProcessModel model : values()) {
            if (model.key.equalsIgnoreCase(key)) {
                return model;
            }
        }
        throw new IllegalArgumentException("Unknown in-process embedding model '" + key + "'; use one of "
                + java.util.Arrays.stream(values()).map(m -> m.key).toList());
    }

    String key() {
        return key;
    }

    EmbeddingModel create() {
        return factory.get();
    }

    String questionPrefix() {
        return questionPrefix;
    }

    String passagePrefix() {
        return passagePrefix;
    }
}
