package com.articlechat.retrieval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.springframework.stereotype.Component;

import com.articlechat.knowledge.TextNormalizer;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.retriever.EmbeddingStoreContentRetriever;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.store.embedding.filter.MetadataFilterBuilder;

/**
 * The single-method retrievers the hybrid search is measured against, over the same index:
 * LangChain4j's {@link EmbeddingStoreContentRetriever} with its defaults, and BM25 alone.
 */
@Component
public class RetrievalBaselines {

    /** A paragraph a baseline found, with the text it would quote. */
    public record Found(String articleId, int paragraph, String text) {
    }

    private final EmbeddingModel embeddingModel;
    private final ActiveIndex activeIndex;

    RetrievalBaselines(QuestionEncoder questions, ActiveIndex activeIndex) {
        this.embeddingModel = questions.model();
        this.activeIndex = activeIndex;
    }

    /**
     * Vector search as LangChain4j's retriever does it out of the box (3 results, no minimum score);
     * within one article when {@code articleId} is given, through the retriever's metadata filter.
     */
    public List<Found> vectorOnly(String question, String articleId) {
        EmbeddingStoreContentRetriever.EmbeddingStoreContentRetrieverBuilder builder = EmbeddingStoreContentRetriever
                .builder()
                .embeddingStore(activeIndex.current().store())
                .embeddingModel(embeddingModel);
        if (articleId != null) {
            builder.filter(MetadataFilterBuilder.metadataKey(SearchIndex.ARTICLE_ID).isEqualTo(articleId));
        }
        EmbeddingStoreContentRetriever retriever = builder.build();
        List<Found> found = new ArrayList<>();
        for (Content content : retriever.retrieve(Query.from(TextNormalizer.normalize(question)))) {
            TextSegment segment = content.textSegment();
            found.add(new Found(segment.metadata().getString(SearchIndex.ARTICLE_ID),
                    segment.metadata().getInteger(SearchIndex.PARAGRAPH), segment.text()));
        }
        return found;
    }

    /**
     * BM25 alone, the same number of sentences as the vector baseline. Textbook BM25, without the
     * phrase boost the hybrid pipeline adds, so the baseline stays the standard one to beat. Within
     * one article when {@code articleId} is given.
     */
    public List<Found> keywordOnly(String question, int maxResults, String articleId) {
        List<Found> found = new ArrayList<>();
        for (SearchIndex.Hit hit : activeIndex.current().keywordMatches(TextNormalizer.normalize(question), maxResults,
                articleId, KeywordIndex.PLAIN_BM25)) {
            found.add(new Found(hit.article().id(), hit.sentence().paragraph(), hit.sentence().text()));
        }
        return found;
    }

    /** Distinct paragraphs in order of first appearance, as "articleId#paragraph". */
    public static List<String> paragraphs(List<Found> found) {
        LinkedHashSet<String> keys = new LinkedHashSet<>();
        found.forEach(f -> keys.add(f.articleId() + "#" + f.paragraph()));
        return List.copyOf(keys);
    }
}
