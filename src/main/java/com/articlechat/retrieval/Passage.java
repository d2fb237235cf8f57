package com.articlechat.retrieval;

import java.util.Comparator;
import java.util.List;

import com.articlechat.knowledge.Article;
import com.articlechat.knowledge.Paragraph;

/**
 * A retrieved paragraph, or a single sentence of one: the context an answer is grounded in, with
 * every one of its sentences scored so that a citation can quote the sentence that answers rather
 * than the whole paragraph.
 *
 * @param paragraph the paragraph the passage is, or is part of
 * @param sentences the passage's sentences in reading order, scored against the question
 * @param score  the best sentence score in the paragraph
 * @param anchor the sentence that ranked highest in the fused search, the reason the paragraph is here
 * @param quoted what the extractive answer quotes, in reading order: the anchor, and the sentence next
 *               to it when that one holds what the question asks and the anchor lacks (a model's
 *               answer quotes, for each claim, the sentence that best supports it instead)
 * @param fit    how well the anchor matches the question, on the scale of the ranking that led to it:
 *               the ranking model's probability ({@link SentenceRanking}) within one article, else its
 *               cosine (across articles that ranking is one of four); the extractive answer compares
 *               passages by it
 */
public record Passage(Article article, Paragraph paragraph, double score, ScoredSentence anchor,
        List<ScoredSentence> sentences, List<ScoredSentence> quoted, double fit) {

    public Passage {
        sentences = List.copyOf(sentences);
        quoted = List.copyOf(quoted);
        // A quote is one span of the article text, so its sentences must be the passage's, in order.
        int previous = -1;
        for (ScoredSentence sentence : quoted) {
            int position = sentences.indexOf(sentence);
            if (position <= previous) {
                throw new IllegalArgumentException("Quoted sentences must be the passage's own, in reading order");
            }
            previous = position;
        }
        if (quoted.isEmpty()) {
            throw new IllegalArgumentException("A passage quotes at least one sentence");
        }
    }

    /** A passage ranked by the cosine of its anchor. */
    public Passage(Article article, Paragraph paragraph, double score, ScoredSentence anchor,
            List<ScoredSentence> sentences, List<ScoredSentence> quoted) {
        this(article, paragraph, score, anchor, sentences, quoted, anchor.score());
    }

    /** A passage ranked by the cosine of its anchor, whose citation quotes the anchor alone. */
    public Passage(Article article, Paragraph paragraph, double score, ScoredSentence anchor,
            List<ScoredSentence> sentences) {
        this(article, paragraph, score, anchor, sentences, List.of(anchor));
    }

    public String articleId() {
        return article.id();
    }

    /** The passage's own text, from its first sentence to its last, as the article has it. */
    public String text() {
        int start = sentences.get(0).sentence().start();
        int end = sentences.get(sentences.size() - 1).sentence().end();
        return article.text().substring(start, end);
    }

    /** Sentences from most to least similar to the question. */
    public List<ScoredSentence> byScore() {
        return sentences.stream().sorted(Comparator.comparingDouble(ScoredSentence::score).reversed()).toList();
    }
}
