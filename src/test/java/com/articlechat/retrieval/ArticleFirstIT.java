package com.articlechat.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * Syndicated and templated copies of one sentence, found in several articles, take one passage
 * between them, so the other passages stay free for the articles that differ.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "articlechat.prompts.dir=prompts",
        "articlechat.knowledge.watch=false",
        "articlechat.ollama.base-url=http://127.0.0.1:9"})
class NearDuplicateIT {

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
    void should_give_copies_of_one_sentence_a_single_passage() {
        // when
        Retrieval found = retriever.search("When will the north quay reopen after the storm?", null);

        // then: one of the four copies, and the article with the date in the others' place
        List<String> anchors = found.passages().stream().map(p -> p.anchor().sentence().text()).toList();
        assertThat(anchors.stream().filter(a -> a.contains("agreed on"))).hasSize(1);
        assertThat(found.passages()).extracting(Passage::articleId).contains("quay-dates");
    }

    private static Path knowledge() {
        try {
            Path dir = Files.createTempDirectory("near-duplicate-knowledge");
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
