package com.articlechat.web;

import java.net.URI;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.articlechat.knowledge.Article;
import com.articlechat.knowledge.ArticleEditor;
import com.articlechat.knowledge.ArticleIds;
import com.articlechat.knowledge.ExtractedArticle;
import com.articlechat.knowledge.InvalidArticleException;
import com.articlechat.knowledge.UrlImporter;

import jakarta.validation.Valid;

/**
 * Write access to the articles: add one as JSON, as a file or from a URL, replace or delete it. Every
 * write becomes a file in the knowledge folder, so a restart serves the same articles; a write that
 * fails leaves what is served untouched.
 */
@RestController
@RequiresAdminToken
@RequestMapping("/api/articles")
class ArticleAdminController {

    private final ArticleEditor editor;
    private final UrlImporter importer;

    ArticleAdminController(ArticleEditor editor, UrlImporter importer) {
        this.editor = editor;
        this.importer = importer;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ArticleWritten> create(@Valid @RequestBody ArticleRequest request) {
        String id = request.id() != null ? request.id() : ArticleIds.slugOf(request.title());
        return created(editor.create(id, request.content()));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ArticleWritten> upload(@RequestPart("file") MultipartFile file) {
        ArticleUpload upload = ArticleUpload.of(file);
        return created(editor.create(upload.id(), upload.content()));
    }

    @PostMapping(path = "/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ArticleWritten> importUrl(@Valid @RequestBody ImportRequest request) {
        ExtractedArticle article = importer.fetch(request.url());
        String id = request.id() != null ? request.id() : ArticleIds.slugOf(article.title());
        return created(editor.create(id, article.text()));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ArticleWritten replace(@PathVariable String id, @Valid @RequestBody ArticleRequest request) {
        if (request.id() != null && !request.id().equals(id)) {
            throw new InvalidArticleException("The body's 'id' (" + request.id() + ") differs from the path's ("
                    + id + "); leave it out or make them equal.");
        }
        return ArticleWritten.of(editor.replace(id, request.content()));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ArticleWritten replaceWithFile(@PathVariable String id, @RequestPart("file") MultipartFile file) {
        // The path names the article; the file name only tells its type.
        return ArticleWritten.of(editor.replace(id, ArticleUpload.of(file).content()));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        editor.delete(id);
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<ArticleWritten> created(Article article) {
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/articles/{id}").buildAndExpand(article.id()).toUri();
        return ResponseEntity.created(location).body(ArticleWritten.of(article));
    }
}
