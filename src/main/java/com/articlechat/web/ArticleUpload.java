package com.articlechat.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

import org.springframework.web.multipart.MultipartFile;

import com.articlechat.knowledge.ArticleCatalog;
import com.articlechat.knowledge.HtmlArticles;
import com.articlechat.knowledge.InvalidArticleException;

/**
 * An uploaded article file, read the way the knowledge folder reads files: strict UTF-8, and HTML
 * reduced to its article text.
 *
 * @param id      the file name's stem, as a file dropped into the folder would be named
 * @param content article file text
 */
record ArticleUpload(String id, String content) {

    static ArticleUpload of(MultipartFile file) {
        String name = fileName(file.getOriginalFilename());
        String lower = name.toLowerCase(Locale.ROOT);
        boolean html = lower.endsWith(".html") || lower.endsWith(".htm");
        if (!html && !lower.endsWith(".md") && !lower.endsWith(".txt")) {
            throw new UnsupportedArticleTypeException(name);
        }
        String text = utf8(name, bytes(file));
        String id;
        try {
            id = ArticleCatalog.idOf(Path.of(name));
        } catch (InvalidPathException e) {
            throw new InvalidArticleException("'" + name + "' is not a usable file name.", e);
        }
        return new ArticleUpload(id, html ? HtmlArticles.toArticleText(text, null) : text);
    }

    /** Only the last path segment: browsers and tools may send "C:\\docs\\story.md" or "../story.md". */
    private static String fileName(String original) {
        if (original == null || original.isBlank()) {
            throw new InvalidArticleException("The uploaded file has no name; send it as the 'file' part with a"
                    + " file name such as story.md.");
        }
        String name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
        if (name.isBlank()) {
            throw new InvalidArticleException("'" + original + "' is not a usable file name.");
        }
        return name;
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the upload failed", e);
        }
    }

    private static String utf8(String name, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidArticleException("The file " + name + " is not UTF-8 text.", e);
        }
    }
}
