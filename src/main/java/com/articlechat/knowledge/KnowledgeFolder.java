package com.articlechat.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reading and writing files in the knowledge folder. The folder is a boundary: a link in it to a
 * file elsewhere would publish that file, so it is not followed. Writes go to a file beside the
 * target and are moved into place, so the folder never holds half an article; a replaced file keeps
 * its mode. Errors name the file, never its absolute path, since they are shown in the public list.
 */
final class KnowledgeFolder {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeFolder.class);
    /** What {@link #write} puts beside an article before moving it into place: {@code .<id>-<digits>.tmp}. */
    private static final Pattern TEMP_FILE = Pattern.compile("\\.[a-z0-9-]+-[0-9]+\\.tmp");
    /** A temporary file older than this was left by a write that never finished: the process died. */
    private static final Duration STALE_TEMP = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path dir;
    private final long maxBytes;
    private final Clock clock;

    KnowledgeFolder(KnowledgeProperties properties, Clock clock) {
        this.dir = properties.dir();
        this.maxBytes = properties.maxFileSize().toBytes();
        this.clock = clock;
    }

    /** The text of {@code file}, strictly UTF-8; throws {@link InvalidArticleException} saying why not. */
    String read(Path file) {
        String name = file.getFileName().toString();
        try {
            Path real = insideFolder(file);
            byte[] bytes;
            // Not following a link here either, so the file cannot be swapped for one after the check.
            try (InputStream in = Files.newInputStream(real, LinkOption.NOFOLLOW_LINKS)) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            }
            if (bytes.length > maxBytes) {
                throw new InvalidArticleException("The file " + name + " is larger than the limit of " + maxBytes
                        + " bytes.");
            }
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidArticleException("The file " + name + " is not UTF-8 text.", e);
        } catch (IOException e) {
            // An IOException's message is usually the absolute path, which is not for the public list.
            throw new InvalidArticleException("Cannot read " + name + ": " + reason(e) + ".", e);
        }
    }

    /** Writes {@code content} as {@code target}, complete or not at all. */
    void write(Path target, String content) throws IOException {
        Files.createDirectories(dir);
        String id = ArticleCatalog.idOf(target);
        Path temp = dir.resolve("." + id + "-" + Long.toUnsignedString(RANDOM.nextLong()) + ".tmp");
        try {
            // Created as any new file is (the umask decides its mode), not 0600 as Files.createTempFile would.
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW)) {
                out.write(content.getBytes(StandardCharsets.UTF_8));
            }
            keepMode(target, temp);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Removes what writes cut short by a crash left behind; a write of this process never takes that long. */
    void removeStaleTempFiles() {
        Instant staleBefore = clock.instant().minus(STALE_TEMP);
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(f -> TEMP_FILE.matcher(f.getFileName().toString()).matches()).forEach(f -> {
                try {
                    if (Files.getLastModifiedTime(f, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(staleBefore)) {
                        Files.deleteIfExists(f);
                        log.info("Removed {}, left behind by a write that did not finish", f.getFileName());
                    }
                } catch (IOException e) {
                    log.warn("Could not remove the leftover {}: {}", f.getFileName(), e.getMessage());
                }
            });
        } catch (IOException e) {
            log.warn("Could not look for leftover temporary files in {}: {}", dir, e.getMessage());
        }
    }

    /** The file's real path, if it lies within the folder. */
    private Path insideFolder(Path file) throws IOException {
        Path real = file.toRealPath();
        if (!real.startsWith(dir.toRealPath())) {
            throw new InvalidArticleException("The file " + file.getFileName() + " is a link to a file outside the"
                    + " knowledge folder; links out of the folder are not followed.");
        }
        return real;
    }

    private static void keepMode(Path target, Path temp) throws IOException {
        PosixFileAttributeView from = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        PosixFileAttributeView to = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (from != null && to != null && Files.exists(target)) {
            to.setPermissions(from.readAttributes().permissions());
        }
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "it no longer exists";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fse) {
            return fse.getReason() != null ? fse.getReason() : e.getClass().getSimpleName();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
