package com.articlechat.knowledge;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Where articles live and how large one may be.
 *
 * @param dir         the folder read at start-up; every {@code .md} and {@code .txt} file is an article
 * @param maxFileSize larger files are refused rather than embedded for minutes
 * @param watch       whether changes to the folder are picked up while running
 * @param debounce    quiet time after the last change to a file before it is read, so an editor
 *                    saving twice or a copy arriving in pieces is ingested once, complete
 */
@ConfigurationProperties("articlechat.knowledge")
public record KnowledgeProperties(Path dir, DataSize maxFileSize, boolean watch, java.time.Duration debounce) {
}
