package com.articlechat.answer;

import com.articlechat.knowledge.Article;
import com.articlechat.retrieval.Passage;
import com.articlechat.retrieval.ScoredSentence;

/** Builds citation records from what retrieval found, so every answer path quotes the same way. */
final class Citations {

    private Citations() {
    }

    static Citation of(int n, Passage passage, ScoredSentence quoted) {
        Article article = passage.article();
        return new Citation(n, article.id(), article.version(), article.title(), passage.paragraph().number(),
                quoted.sentence().text(), quoted.sentence().start(), quoted.sentence().end(),
                Math.round(quoted.score() * 1000) / 1000.0);
    }
}
