package com.articlechat.retrieval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import com.articlechat.knowledge.Paragraph;
import com.articlechat.knowledge.Sentence;
import com.articlechat.knowledge.TextNormalizer;
import com.articlechat.knowledge.UnknownArticleException;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.CosineSimilarity;

/**
 * Finds the paragraphs that answer a question: sentences are matched, then grouped into their
 * paragraphs so the answerer gets context while citations can still point at one sentence.
 */
@Service
public class PassageRetriever {

    private final EmbeddingModel embeddingModel;
    private final RetrievalProperties properties;
    private final ActiveIndex activeIndex;

    public PassageRetriever(EmbeddingModel embeddingModel, RetrievalProperties properties, ActiveIndex activeIndex) {
        this.embeddingModel = embeddingModel;
        this.properties = properties;
        this.activeIndex = activeIndex;
    }

    /**
     * Returns up to {@code maxPassages} paragraphs, best first, whose best sentence reaches the
     * minimum score; {@code articleId} null means all articles.
     */
    public List<Passage> retrieve(String question, String articleId) {
        // One snapshot per question: every passage comes from the same version of each article.
        SearchIndex index = activeIndex.current();
        if (articleId != null && index.article(articleId).isEmpty()) {
            throw new UnknownArticleException(articleId);
        }
        Embedding query = embed(question);
        // Hits arrive best first, so the first hit of a paragraph carries its score.
        Map<String, SearchIndex.Hit> bestByParagraph = new LinkedHashMap<>();
        for (SearchIndex.Hit hit : index.nearest(query, properties.candidates(), articleId)) {
            if (hit.score() < properties.minScore() || bestByParagraph.size() == properties.maxPassages()) {
                break;
            }
            bestByParagraph.putIfAbsent(hit.article().id() + "#" + hit.sentence().paragraph(), hit);
        }
        List<Passage> passages = new ArrayList<>();
        for (SearchIndex.Hit hit : bestByParagraph.values()) {
            Paragraph paragraph = hit.article().paragraph(hit.sentence().paragraph()).orElseThrow();
            passages.add(new Passage(hit.article(), paragraph, hit.score(), score(index, query, paragraph)));
        }
        return passages;
    }

    /** The sentence of {@code passage} that best supports {@code claim}, for quoting a citation. */
    public ScoredSentence bestSupport(Passage passage, String claim) {
        Embedding query = embed(claim);
        return score(activeIndex.current(), query, passage.paragraph()).stream()
                .max(Comparator.comparingDouble(ScoredSentence::score))
                .orElseThrow();
    }

    private List<ScoredSentence> score(SearchIndex index, Embedding query, Paragraph paragraph) {
        List<ScoredSentence> scored = new ArrayList<>();
        for (Sentence sentence : paragraph.sentences()) {
            Embedding embedding = index.embeddingOf(sentence).orElseGet(() -> embed(sentence.text()));
            scored.add(new ScoredSentence(sentence, CosineSimilarity.between(query, embedding)));
        }
        return scored;
    }


    private Embedding embed(String text) {
        return embeddingModel.embed(TextNormalizer.normalize(text)).content();
    }
}
