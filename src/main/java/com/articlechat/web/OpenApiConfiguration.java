package com.articlechat.web;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The OpenAPI 3 description at {@code /v3/api-docs} (and its UI at {@code /swagger-ui.html}): what the
 * README's REST API section says, as a machine-readable contract. Every error response is declared
 * as an RFC 9457 problem, and 429 and 503 carry {@code Retry-After}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String ADMIN_TOKEN = "adminToken";
    private static final String PROBLEM = "Problem";

    @Bean
    OpenAPI articleChatApi() {
        return new OpenAPI()
                .info(new Info().title("article-chat").version("0.1")
                        .description("Answers questions about news articles, grounded in the articles' text, with"
                                + " citations the server checks. Without a model the answers are extractive: the"
                                + " best sentences, quoted verbatim, with a notice saying why.")
                        .license(new License().name("See the repository")))
                .components(new Components().addSecuritySchemes(ADMIN_TOKEN, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("articlechat.admin-token; writing is off until it is set")));
    }

    /** Gives every 4xx and 5xx response the problem+json body the API really sends. */
    @Bean
    OpenApiCustomizer problemResponses() {
        return api -> {
            api.getComponents().addSchemas(PROBLEM, new ObjectSchema()
                    .description("An RFC 9457 problem: a title, and a detail a person can act on")
                    .addProperty("type", new StringSchema().format("uri"))
                    .addProperty("title", new StringSchema())
                    .addProperty("status", new IntegerSchema())
                    .addProperty("detail", new StringSchema())
                    .addProperty("instance", new StringSchema().format("uri")));
            Schema<?> problem = new Schema<>().$ref("#/components/schemas/" + PROBLEM);
            api.getPaths().values().forEach(path -> path.readOperations().forEach(operation ->
                    operation.getResponses().forEach((code, response) -> {
                        if (code.startsWith("4") || code.startsWith("5")) {
                            response.setContent(new Content().addMediaType(MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                    new io.swagger.v3.oas.models.media.MediaType().schema(problem)));
                        }
                        if (code.equals("429") || code.equals("503")) {
                            response.addHeaderObject("Retry-After", new Header()
                                    .description("Seconds to wait before asking again").schema(new IntegerSchema()));
                        }
                    })));
        };
    }
}
