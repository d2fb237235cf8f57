package com.articlechat.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.articlechat.knowledge.Article;
import com.articlechat.knowledge.ArticleParser;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;

/**
 * Embeddings kept on disk are reused by the next run, with the real embedding model; a damaged,
 * truncated or foreign cache file is computed again and replaced, never fatal.
 */
class EmbeddingCacheTests {

    private static final String MODEL = "all-minilm-l6-v2";
    private static EmbeddingModel real;

    @TempDir
    Path dir;

    private final AtomicInteger embedded = new AtomicInteger();

    @BeforeAll
    static void loadModel() {
        real = InProcessModel.named(MODEL).create();
    }

    /** The real model, counting the sentences it is asked to embed. */
    private EmbeddingModel counted() {
        return new EmbeddingModel() {
            @Override
            public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
                embedded.addAndGet(segments.size());
                return real.embedAll(segments);
            }

            @Override
            public int dimension() {
                return real.dimension();
            }
        };
    }

    private IndexedArticle embed(Article article, String model) {
        return new ArticleEmbedder(counted(), new EmbeddingCache(dir, model))
                .embedAll(List.of(article), SearchIndex.empty()::embeddingOf).get(0);
    }

    private static Article article(String body) {
        return ArticleParser.parse("harbour-bridge", "---\ntitle: Harbour bridge\n---\n\n" + body);
    }

    private static final Article BRIDGE = article("The harbour bridge was closed to lorries last week. Engineers"
            + " inspected its steel spans.\n\nThe inspection found seven cracked bolts on the eastern span.\n\n"
            + "The port authority said cars and buses could still cross.");

    @Test
    void should_reuse_the_vectors_kept_by_an_earlier_run() {
        IndexedArticle first = embed(BRIDGE, MODEL);
        assertThat(embedded).hasValue(4);

        // when a new process (a new cache object) indexes the same article
        embedded.set(0);
        IndexedArticle again = embed(BRIDGE, MODEL);

        // then nothing is embedded, and the vectors are those computed before
        assertThat(embedded).hasValue(0);
        assertThat(again.embedded()).isZero();
        for (int i = 0; i < first.vectors().size(); i++) {
            assertThat(again.vectors().get(i).vector()).containsExactly(first.vectors().get(i).vector());
        }
    }

    @Test
    void should_embed_only_the_sentences_an_edit_changed() {
        embed(BRIDGE, MODEL);
        embedded.set(0);

        embed(article("The harbour bridge was closed to lorries last week. Engineers inspected its steel spans.\n\n"
                + "The inspection found nine cracked bolts on the eastern span.\n\n"
                + "The port authority said cars and buses could still cross."), MODEL);

        assertThat(embedded).hasValue(1);
    }

    @Test
    void should_compute_a_corrupt_cache_file_again_and_replace_it() throws IOException {
        embed(BRIDGE, MODEL);
        Path file = new EmbeddingCache(dir, MODEL).fileOf(BRIDGE.id());
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x55;
        Files.write(file, bytes);
        embedded.set(0);

        IndexedArticle rebuilt = embed(BRIDGE, MODEL);

        assertThat(embedded).as("a damaged file is not trusted").hasValue(4);
        assertThat(rebuilt.vectors()).hasSize(4);
        embedded.set(0);
        embed(BRIDGE, MODEL);
        assertThat(embedded).as("the file was written again, whole").hasValue(0);
    }

    @Test
    void should_compute_a_truncated_or_empty_cache_file_again() throws IOException {
        embed(BRIDGE, MODEL);
        Path file = new EmbeddingCache(dir, MODEL).fileOf(BRIDGE.id());
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 100));
        embedded.set(0);
        embed(BRIDGE, MODEL);
        assertThat(embedded).hasValue(4);

        Files.write(file, new byte[0]);
        embedded.set(0);
        embed(BRIDGE, MODEL);
        assertThat(embedded).hasValue(4);
    }

    @Test
    void should_keep_each_models_vectors_apart() {
        embed(BRIDGE, MODEL);
        embedded.set(0);

        embed(BRIDGE, "another-model");

        assertThat(embedded).as("vectors of one model are never served for another").hasValue(4);
    }

    @Test
    void should_leave_no_temporary_files_and_forget_articles_no_longer_served() throws IOException {
        embed(BRIDGE, MODEL);
        embed(ArticleParser.parse("tidal-lagoon", "The tidal lagoon would generate power from the sea."), MODEL);
        EmbeddingCache cache = new EmbeddingCache(dir, MODEL);
        Path folder = cache.fileOf(BRIDGE.id()).getParent();
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("harbour-bridge.vec", "tidal-lagoon.vec");
        }

        cache.retainOnly(java.util.Set.of("tidal-lagoon"));

        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("tidal-lagoon.vec");
        }
    }

    @Test
    void should_work_without_a_folder() {
        IndexedArticle article = new ArticleEmbedder(counted(), EmbeddingCache.none())
                .embedAll(List.of(BRIDGE), SearchIndex.empty()::embeddingOf).get(0);
        assertThat(article.vectors()).hasSize(4);
        assertThat(dir).isEmptyDirectory();
    }
}
