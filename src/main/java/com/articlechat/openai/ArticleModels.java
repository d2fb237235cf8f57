package com.articlechat.openai;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.articlechat.knowledge.ArticleCatalog;
import com.articlechat.knowledge.ArticleStatus;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The models a client picks from: {@value #ALL} answers from every article, and
 * {@code article-chat:<articleId>} from that article only, as {@code articleId} does on {@code /api/ask}.
 * A model picker is how chat clients choose what to talk to, so each article is one.
 */
@Component
class ArticleModels {

    static final String ALL = "article-chat";
    private static final String SCOPED = ALL + ":";

    private final ArticleCatalog catalog;
    private final Instant started = Instant.now();

    ArticleModels(ArticleCatalog catalog) {
        this.catalog = catalog;
    }

    /** One model as {@code GET /v1/models} lists it; {@code name} is for clients that show a name beside the id. */
    record Model(String id, String object, long created, @JsonProperty("owned_by") String ownedBy, String name) {

        static Model of(String id, Instant created, String name) {
            return new Model(id, "model", created.getEpochSecond(), ALL, name);
        }
    }

    /** {@value #ALL} first, then one model per article being served, by id. */
    List<Model> list() {
        List<Model> models = new ArrayList<>();
        models.add(Model.of(ALL, started, "All articles"));
        catalog.statuses().stream()
                .filter(status -> status.article() != null)
                .sorted(Comparator.comparing(ArticleStatus::id))
                .forEach(status -> models.add(Model.of(SCOPED + status.id(),
                        status.ingestedAt() == null ? started : status.ingestedAt(), status.article().title())));
        return models;
    }

    Optional<Model> find(String id) {
        return list().stream().filter(model -> model.id().equals(id)).findFirst();
    }

    /**
     * The article a model answers from: null for {@value #ALL} (and for a request without a model,
     * which OpenAI would refuse; here the default is every article). Unknown models are refused.
     */
    String scope(String model) {
        if (model == null || model.isBlank() || model.equals(ALL)) {
            return null;
        }
        if (model.startsWith(SCOPED)) {
            String articleId = model.substring(SCOPED.length());
            if (catalog.article(articleId).isPresent()) {
                return articleId;
            }
        }
        throw OpenAiException.unknownModel(model);
    }
}
