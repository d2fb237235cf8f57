package com.articlechat.knowledge;

import java.util.List;

/**
 * Published, synchronously and one at a time, whenever the set of served articles changes; it
 * carries the whole new set so a listener can build its next state without asking back.
 */
public record ArticlesChanged(List<Article> articles) {

    public ArticlesChanged {
        articles = List.copyOf(articles);
    }
}
