package com.articlechat.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.articlechat.knowledge.Article;
import com.articlechat.knowledge.ArticleParser;

/** The seed article from the test resources, parsed as the catalog parses it. */
public final class SeedArticle {

    public static final String ID = "korea-china-visit";
    public static final Path FILE = Path.of("src/test/resources/articles/korea-china-visit.md");

    private SeedArticle() {
    }

    public static Article parsed() {
        try {
            return ArticleParser.parse(ID, Files.readString(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
