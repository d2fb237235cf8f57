package com.articlechat.answer;

import com.articlechat.knowledge.Article;
import com.articlechat.retrieval.Passage;
import com.articlechat.retrieval.ScoredSentence;

/** Builds citation records from what retrieval found, so every answer path quotes the same way. */
final class Citations {

    private Citations() {
    }

    static Citation of(int n, Passage passage, ScoredSentence quoted) {
        return span(n, passage, quoted.sentence().start(), quoted.sentence().end(), quoted.score());
    }

    /** A citation quoting {@code [start, end)} of the article text, which must lie within the passage. */
    static Citation span(int n, Passage passage, int start, int end, double score) {
        Article article = passage.article();
        return new Citation(n, article.id(), article.version(), article.title(), passage.paragraph().number(),
                article.text().substring(start, end), start, end, Math.round(score * 1000) / 1000.0);
    }
}
