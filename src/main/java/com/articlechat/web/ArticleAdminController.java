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

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/**
 * Write access to the articles: add one as JSON, as a file or from a URL, replace or delete it. Every
 * write becomes a file in the knowledge folder, so a restart serves the same articles; a write that
 * fails leaves what is served untouched.
 */
@Tag(name = "Articles (write)", description = "For editors: off until articlechat.admin-token is set, then every"
        + " write needs it as a bearer token. A write that fails changes nothing that is served.")
@SecurityRequirement(name = OpenApiConfiguration.ADMIN_TOKEN)
@ApiResponse(responseCode = "401", description = "No token")
@ApiResponse(responseCode = "403", description = "A wrong token, or no token configured on the server")
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

    @Operation(summary = "Create an article from JSON")
    @ApiResponse(responseCode = "201", description = "Created: id, version, paragraphs")
    @ApiResponse(responseCode = "400", description = "No title or no text, or an invalid id")
    @ApiResponse(responseCode = "409", description = "The id exists")
    @ApiResponse(responseCode = "413", description = "Over the size limit (articlechat.knowledge.max-file-size)")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ArticleWritten> create(@Valid @RequestBody ArticleRequest request) {
        String id = request.id() != null ? request.id() : ArticleIds.slugOf(request.title());
        return created(editor.create(id, request.content()));
    }

    @Operation(summary = "Create an article by uploading a .md, .txt or .html file (part 'file')")
    @ApiResponse(responseCode = "201", description = "Created: id, version, paragraphs")
    @ApiResponse(responseCode = "400", description = "Not UTF-8 text, or no article in it")
    @ApiResponse(responseCode = "409", description = "The id exists")
    @ApiResponse(responseCode = "413", description = "Over the size limit")
    @ApiResponse(responseCode = "415", description = "Another file type")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ArticleWritten> upload(@RequestPart("file") MultipartFile file) {
        ArticleUpload upload = ArticleUpload.of(file);
        return created(editor.create(upload.id(), upload.content()));
    }

    @Operation(summary = "Import a web page", description = "The article body, title, byline, date and source are"
            + " extracted. URLs resolving to loopback, private or link-local addresses, with a user name or password,"
            + " or redirecting to such, are refused.")
    @ApiResponse(responseCode = "201", description = "Created: id, version, paragraphs")
    @ApiResponse(responseCode = "400", description = "A URL that is refused")
    @ApiResponse(responseCode = "409", description = "The id exists")
    @ApiResponse(responseCode = "422", description = "No article in the page, or a page over the import size limit")
    @ApiResponse(responseCode = "502", description = "The site did not deliver the page")
    @PostMapping(path = "/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ArticleWritten> importUrl(@Valid @RequestBody ImportRequest request) {
        ExtractedArticle article = importer.fetch(request.url());
        String id = request.id() != null ? request.id() : ArticleIds.slugOf(article.title());
        return created(editor.create(id, article.text()));
    }

    @Operation(summary = "Replace an article (a new version) from JSON")
    @ApiResponse(responseCode = "200", description = "Replaced: id, version, paragraphs")
    @ApiResponse(responseCode = "400", description = "No text, or a body id differing from the path's")
    @ApiResponse(responseCode = "404", description = "Unknown id")
    @ApiResponse(responseCode = "413", description = "Over the size limit")
    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ArticleWritten replace(@PathVariable String id, @Valid @RequestBody ArticleRequest request) {
        if (request.id() != null && !request.id().equals(id)) {
            throw new InvalidArticleException("The body's 'id' (" + request.id() + ") differs from the path's ("
                    + id + "); leave it out or make them equal.");
        }
        return ArticleWritten.of(editor.replace(id, request.content()));
    }

    @Operation(summary = "Replace an article by uploading a file (part 'file')")
    @ApiResponse(responseCode = "200", description = "Replaced: id, version, paragraphs")
    @ApiResponse(responseCode = "400", description = "Not UTF-8 text, or no article in it")
    @ApiResponse(responseCode = "404", description = "Unknown id")
    @ApiResponse(responseCode = "413", description = "Over the size limit")
    @ApiResponse(responseCode = "415", description = "Another file type")
    @PutMapping(path = "/{id}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ArticleWritten replaceWithFile(@PathVariable String id, @RequestPart("file") MultipartFile file) {
        // The path names the article; the file name only tells its type.
        return ArticleWritten.of(editor.replace(id, ArticleUpload.of(file).content()));
    }

    @Operation(summary = "Delete an article and its file")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "404", description = "Unknown id")
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
