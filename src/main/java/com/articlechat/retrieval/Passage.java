package com.articlechat.retrieval;

import java.util.Comparator;
import java.util.List;

import com.articlechat.knowledge.Article;
import com.articlechat.knowledge.Paragraph;

/**
 * A retrieved paragraph: the context an answer is grounded in, with every one of its sentences
 * scored so that a citation can quote the sentence that answers rather than the whole paragraph.
 *
 * @param score  the best sentence score in the paragraph
 * @param anchor the sentence that ranked highest in the fused search, the reason the paragraph is here
 */
public record Passage(Article article, Paragraph paragraph, double score, ScoredSentence anchor,
        List<ScoredSentence> sentences) {

    public Passage {
        sentences = List.copyOf(sentences);
    }

    public String articleId() {
        return article.id();
    }

    /** Sentences from most to least similar to the question. */
    public List<ScoredSentence> byScore() {
        return sentences.stream().sorted(Comparator.comparingDouble(ScoredSentence::score).reversed()).toList();
    }
}
