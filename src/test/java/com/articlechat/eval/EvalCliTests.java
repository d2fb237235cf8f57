package com.articlechat.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line decides, before Spring starts, whether to generate distractors, evaluate or serve. */
class EvalCliTests {

    @Test
    void should_write_the_distractor_corpus_and_tell_the_caller_not_to_start(@TempDir Path dir) throws IOException {
        // given
        Path corpus = dir.resolve("distractors");

        // when
        boolean handled = EvalCli.generatesDistractors(
                new String[] {"--generate-distractors=" + corpus, "--count=12", "--seed=5"});

        // then
        assertThat(handled).isTrue();
        try (Stream<Path> files = Files.list(corpus)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList())
                    .isEqualTo(new DistractorGenerator().generate(12, 5).stream().map(a -> a.id() + ".md").sorted()
                            .toList());
        }
    }

    @Test
    void should_leave_other_command_lines_to_the_application() throws IOException {
        // then
        assertThat(EvalCli.generatesDistractors(new String[] {"--eval=questions.jsonl"})).isFalse();
        assertThat(EvalCli.generatesDistractors(new String[0])).isFalse();
        assertThat(EvalCli.evaluates(new String[] {"--eval=questions.jsonl"})).isTrue();
        assertThat(EvalCli.evaluates(new String[] {"--server.port=9090"})).isFalse();
    }
}
