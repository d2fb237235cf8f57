package com.articlechat.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * Across articles, the article first: among four templated stories that repeat one sentence with
 * only the day changed, and one that answers the question, the passages are that one's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "articlechat.prompts.dir=prompts",
        "articlechat.knowledge.watch=false",
        "articlechat.ollama.base-url=http://127.0.0.1:9"})
class ArticleFirstIT {

    private static final String COPY = "The harbour board agreed on %s to reopen the north quay after the storm.";
    private static final Path KNOWLEDGE = knowledge();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("articlechat.knowledge.dir", KNOWLEDGE::toString);
    }

    @AfterAll
    static void cleanUp() {
        FileSystemUtils.deleteRecursively(KNOWLEDGE.toFile());
    }

    @Autowired
    PassageRetriever retriever;

    @Test
    void should_answer_from_the_article_that_answers_rather_than_its_templated_neighbours() {
        // when
        Retrieval found = retriever.search("When will the north quay reopen after the storm?", null);

        // then
        assertThat(found.passages()).isNotEmpty();
        assertThat(found.passages()).extracting(Passage::articleId).containsOnly("quay-dates");
        assertThat(found.passages().get(0).anchor().sentence().text()).contains("3 March");
        assertThat(found.answerable()).isTrue();
    }

    @Test
    void should_turn_away_a_question_no_article_is_about() {
        Retrieval found = retriever.search("What is the GDP of Brazil?", null);

        assertThat(found.answerable()).isFalse();
    }

    private static Path knowledge() {
        try {
            Path dir = Files.createTempDirectory("article-first-knowledge");
            String[] days = {"Monday", "Tuesday", "Wednesday", "Thursday"};
            for (int i = 0; i < days.length; i++) {
                Files.writeString(dir.resolve("harbour-" + i + ".md"), "---\ntitle: Harbour news " + i + "\n---\n\n"
                        + COPY.formatted(days[i]) + "\n\nFishing boats waited in the outer basin for " + (i + 2)
                        + " days.\n");
            }
            Files.writeString(dir.resolve("quay-dates.md"), "---\ntitle: Quay dates\n---\n\n"
                    + "The north quay will reopen on 3 March, once the storm damage to its wall is repaired.\n\n"
                    + "Ferries will use the south pier until then.\n");
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
