package com.articlechat.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The templates in {@code eval/distractor-topics.yaml} write the corpus they always wrote: the
 * digests below were recorded with
 * {@code --generate-distractors=DIR --count=N --seed=S} and
 * {@code (cd DIR && sha256sum distractor-*.md | LC_ALL=C sort -k2 | sha256sum)}, so any change to the
 * data or to how it is read that alters a single byte of a generated article fails here.
 */
class DistractorTopicsTests {

    private static final Pattern SLOT = Pattern.compile("\\{([a-z]+)\\d*}");
    /** The slot kinds the generator draws itself rather than from a pool. */
    private static final List<String> DRAWN_KINDS = List.of("person", "n", "months", "count", "big", "pct",
            "smallpct", "tenth", "nmillion", "bigpct", "majority", "money", "billions", "price", "year", "minute",
            "speed", "mm", "temp", "hours", "km", "range", "capacity", "tally");

    @ParameterizedTest
    @CsvSource({
            "300, 42, fee0a32c52b4c3126975a749e386a56f36126c7bcf1dc12f494c5acb76c81bd9",
            "1000, 7, 3ba7b6b1dd71598105963888fdda437b246ec810f23d4b580054354876de979a"})
    void should_write_the_corpus_recorded_for_a_count_and_seed(int count, long seed, String recorded,
            @TempDir Path dir) throws IOException {
        // when
        new DistractorGenerator().writeTo(dir, count, seed);

        // then
        assertThat(digest(dir)).isEqualTo(recorded);
    }

    @Test
    void should_read_every_topic_with_openings_a_body_and_only_slots_it_can_fill() {
        // given
        List<DistractorTopics.Topic> topics = new ArrayList<>(DistractorTopics.EASY);
        topics.addAll(DistractorTopics.HARD);

        // then
        assertThat(DistractorTopics.EASY).isNotEmpty().noneMatch(DistractorTopics.Topic::hard);
        assertThat(DistractorTopics.HARD).isNotEmpty().allMatch(DistractorTopics.Topic::hard);
        assertThat(topics).extracting(DistractorTopics.Topic::name).doesNotHaveDuplicates();
        for (DistractorTopics.Topic topic : topics) {
            List<String> templates = new ArrayList<>(topic.body());
            topic.openings().forEach(opening -> templates.addAll(List.of(opening.title(), opening.lead())));
            templates.addAll(topic.hard() ? DistractorTopics.HARD_GENERIC : DistractorTopics.EASY_GENERIC);
            templates.addAll(topic.hard() ? DistractorTopics.HARD_ATTRIBUTIONS : DistractorTopics.EASY_ATTRIBUTIONS);
            topic.pools().values().forEach(templates::addAll);
            DistractorTopics.SHARED_POOLS.values().forEach(templates::addAll);
            assertThat(topic.openings()).as(topic.name()).isNotEmpty();
            for (String template : templates) {
                Matcher slot = SLOT.matcher(template);
                while (slot.find()) {
                    String kind = slot.group(1);
                    assertThat(topic.pools().containsKey(kind) || DistractorTopics.SHARED_POOLS.containsKey(kind)
                            || DRAWN_KINDS.contains(kind)).as("%s: {%s} in \"%s\"", topic.name(), kind, template)
                            .isTrue();
                }
            }
        }
    }

    /** SHA-256 over the lines "{sha-256 of the file}  {file name}\n", in file name order, as sha256sum writes them. */
    private static String digest(Path dir) throws IOException {
        StringBuilder listing = new StringBuilder();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                listing.append(sha256(Files.readAllBytes(file))).append("  ").append(file.getFileName()).append('\n');
            }
        }
        return sha256(listing.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
