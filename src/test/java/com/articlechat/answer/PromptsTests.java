package com.articlechat.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Guards the {@code prompts/} folder: it fails when a prompt file or one of its placeholders goes
 * missing, and proves the loader refuses such a folder at start-up instead of sending a broken prompt.
 */
class PromptsTests {

    private static final Path PROMPTS = Path.of("prompts");
    private static final String NOT_FOUND = "The article does not say.";

    @Test
    void should_find_every_required_file_with_its_placeholders_in_the_real_prompts_folder() throws IOException {
        for (Map.Entry<String, Set<String>> required : Prompts.REQUIRED.entrySet()) {
            // given
            Path file = PROMPTS.resolve(required.getKey());

            // then
            assertThat(file).as("prompt file %s", file).isRegularFile();
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(Prompts.placeholders(text)).as("placeholders of %s", file)
                    .containsExactlyInAnyOrderElementsOf(required.getValue());
        }
    }

    @Test
    void should_load_and_render_the_real_prompts_folder() {
        // given
        Prompts prompts = new Prompts(new PromptProperties(PROMPTS, NOT_FOUND));

        // when
        String system = prompts.render("answer-system.txt", Map.of("not_found", NOT_FOUND));
        String user = prompts.render("answer-user.txt",
                Map.of("passages", "[1] A passage costing $300.", "question", "How much?"));

        // then
        assertThat(system).contains(NOT_FOUND).doesNotContain("{{");
        assertThat(user).contains("[1] A passage costing $300.").contains("How much?").doesNotContain("{{");
    }

    @Test
    void should_refuse_a_folder_missing_a_prompt_file_naming_the_file(@TempDir Path dir) throws IOException {
        // given
        copyRealPrompts(dir);
        Files.delete(dir.resolve("answer-system.txt"));

        // when / then
        assertThatThrownBy(() -> new Prompts(new PromptProperties(dir, NOT_FOUND)))
                .isInstanceOf(Prompts.PromptFileException.class)
                .hasMessageContaining("answer-system.txt");
    }

    @Test
    void should_refuse_a_file_missing_a_placeholder_naming_the_placeholder(@TempDir Path dir) throws IOException {
        // given
        copyRealPrompts(dir);
        rewrite(dir.resolve("answer-user.txt"), text -> text.replace("{{question}}", "the question"));

        // when / then
        assertThatThrownBy(() -> new Prompts(new PromptProperties(dir, NOT_FOUND)))
                .isInstanceOf(Prompts.PromptFileException.class)
                .hasMessageContaining("answer-user.txt")
                .hasMessageContaining("question");
    }

    @Test
    void should_refuse_a_file_with_an_unknown_placeholder(@TempDir Path dir) throws IOException {
        // given
        copyRealPrompts(dir);
        rewrite(dir.resolve("answer-system.txt"), text -> text + "\nAnswer in {{language}}.\n");

        // when / then
        assertThatThrownBy(() -> new Prompts(new PromptProperties(dir, NOT_FOUND)))
                .isInstanceOf(Prompts.PromptFileException.class)
                .hasMessageContaining("answer-system.txt")
                .hasMessageContaining("language");
    }

    @Test
    void should_refuse_a_file_with_a_placeholder_the_renderer_sees_but_is_not_a_plain_name(@TempDir Path dir)
            throws IOException {
        // given: LangChain4j's PromptTemplate treats any {{...}} as a variable, so this one would only fail
        // when the first question is asked
        copyRealPrompts(dir);
        rewrite(dir.resolve("answer-system.txt"), text -> text + "\nAddress the {{reader-name}}.\n");

        // when / then
        assertThatThrownBy(() -> new Prompts(new PromptProperties(dir, NOT_FOUND)))
                .isInstanceOf(Prompts.PromptFileException.class)
                .hasMessageContaining("answer-system.txt")
                .hasMessageContaining("reader-name");
    }

    private static void copyRealPrompts(Path dir) throws IOException {
        for (String file : Prompts.REQUIRED.keySet()) {
            Files.copy(PROMPTS.resolve(file), dir.resolve(file));
        }
    }

    private static void rewrite(Path file, java.util.function.UnaryOperator<String> change) throws IOException {
        Files.writeString(file, change.apply(Files.readString(file, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }
}
