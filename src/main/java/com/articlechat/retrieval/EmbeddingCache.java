package com.articlechat.retrieval;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.CRC32;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sentence embeddings kept on disk between runs, so a restart embeds only text it has not seen.
 * Vectors are keyed by the embedding model (one folder each) and the SHA-256 of the sentence text as
 * it was embedded; one file per article holds its sentences' vectors.
 *
 * <p>The cache can only ever save work, never break indexing: a file is written to a temporary name
 * and moved into place, so a crash leaves the old file or the new one; a file that is truncated,
 * altered (its CRC no longer matches) or written for another model or dimension is ignored, logged
 * and rebuilt. The vector store itself stays in memory; only the vectors are kept here.
 */
final class EmbeddingCache {

    private static final Logger log = LoggerFactory.getLogger(EmbeddingCache.class);
    private static final int MAGIC = 0x41435645; // "ACVE"
    private static final int FORMAT = 1;
    private static final int HASH_BYTES = 32;
    private static final String SUFFIX = ".vec";
    private static final String TEMP_SUFFIX = ".vec.tmp";

    private final Path folder;
    private final String model;

    /** A cache for {@code model} under {@code dir}; a null {@code dir} keeps nothing. */
    EmbeddingCache(Path dir, String model) {
        this.model = model;
        this.folder = dir == null || dir.toString().isBlank() ? null : dir.resolve(folderName(model));
        if (folder != null) {
            removeTempFiles();
        }
    }

    static EmbeddingCache none() {
        return new EmbeddingCache(null, "none");
    }

    boolean enabled() {
        return folder != null;
    }

    /** The SHA-256 of a sentence's text, the key its vector is kept under. */
    static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    /** The vectors kept for an article, by text hash; empty when there are none or they cannot be trusted. */
    Map<String, float[]> read(String articleId, int dimension) {
        if (folder == null) {
            return Map.of();
        }
        Path file = fileOf(articleId);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Map.of();
        } catch (IOException e) {
            log.warn("Cannot read cached embeddings {}: {}; they are computed again", file, e.getMessage());
            return Map.of();
        }
        try {
            return decode(bytes, dimension);
        } catch (RuntimeException e) {
            log.warn("Ignoring cached embeddings {} ({}); they are computed again", file, e.getMessage());
            return Map.of();
        }
    }

    /** Replaces the vectors kept for an article; a failure to write is logged, never thrown. */
    void write(String articleId, Map<String, float[]> vectors, int dimension) {
        if (folder == null) {
            return;
        }
        Path file = fileOf(articleId);
        Path temp = folder.resolve(articleId + "." + Thread.currentThread().getId() + TEMP_SUFFIX);
        try {
            Files.createDirectories(folder);
            Files.write(temp, encode(vectors, dimension));
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Cannot keep embeddings of {} in {}: {}", articleId, folder, e.getMessage());
            deleteQuietly(temp);
        }
    }

    /** Deletes the files of articles no longer served, so the cache does not grow with every article ever seen. */
    void retainOnly(Set<String> articleIds) {
        if (folder == null || !Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> f.getFileName().toString().endsWith(SUFFIX))
                    .filter(f -> !articleIds.contains(stem(f)))
                    .forEach(EmbeddingCache::deleteQuietly);
        } catch (IOException e) {
            log.warn("Cannot tidy the embedding cache {}: {}", folder, e.getMessage());
        }
    }

    Path fileOf(String articleId) {
        return folder.resolve(articleId + SUFFIX);
    }

    private byte[] encode(Map<String, float[]> vectors, int dimension) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + vectors.size() * (HASH_BYTES + 4 * dimension));
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        out.writeUTF(model);
        out.writeInt(dimension);
        out.writeInt(vectors.size());
        for (Map.Entry<String, float[]> entry : vectors.entrySet()) {
            if (entry.getValue().length != dimension) {
                throw new IllegalArgumentException("a vector of " + entry.getValue().length + " dimensions");
            }
            out.write(HexFormat.of().parseHex(entry.getKey()));
            for (float v : entry.getValue()) {
                out.writeFloat(v);
            }
        }
        CRC32 crc = new CRC32();
        crc.update(bytes.toByteArray());
        out.writeLong(crc.getValue());
        out.flush();
        return bytes.toByteArray();
    }

    private Map<String, float[]> decode(byte[] bytes, int dimension) {
        if (bytes.length < 8 + 8) {
            throw new IllegalStateException("truncated");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 8);
        if (buffer.getLong(bytes.length - 8) != crc.getValue()) {
            throw new IllegalStateException("checksum mismatch");
        }
        if (buffer.getInt() != MAGIC || buffer.getInt() != FORMAT) {
            throw new IllegalStateException("not an embedding cache file of this version");
        }
        byte[] name = new byte[Short.toUnsignedInt(buffer.getShort())];
        buffer.get(name);
        if (!model.equals(new String(name, StandardCharsets.UTF_8))) {
            throw new IllegalStateException("written for another model");
        }
        if (buffer.getInt() != dimension) {
            throw new IllegalStateException("written with another dimension");
        }
        int count = buffer.getInt();
        if (count < 0 || (long) count * (HASH_BYTES + 4L * dimension) != buffer.remaining() - 8L) {
            throw new IllegalStateException("truncated");
        }
        Map<String, float[]> vectors = new HashMap<>(count * 2);
        byte[] hash = new byte[HASH_BYTES];
        for (int i = 0; i < count; i++) {
            buffer.get(hash);
            float[] vector = new float[dimension];
            buffer.asFloatBuffer().get(vector);
            buffer.position(buffer.position() + 4 * dimension);
            vectors.put(HexFormat.of().formatHex(hash), vector);
        }
        return vectors;
    }

    private void removeTempFiles() {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> f.getFileName().toString().endsWith(TEMP_SUFFIX)).forEach(EmbeddingCache::deleteQuietly);
        } catch (IOException e) {
            log.warn("Cannot tidy the embedding cache {}: {}", folder, e.getMessage());
        }
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - SUFFIX.length());
    }

    /** A folder name for a model: {@code e5-small-v2}, {@code ollama-bge-m3}. */
    private static String folderName(String model) {
        return model.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9.-]+", "-");
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Cannot delete {}: {}", file, e.getMessage());
        }
    }
}
