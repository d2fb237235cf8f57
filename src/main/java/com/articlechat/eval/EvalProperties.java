package com.articlechat.eval;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Defaults of the {@code --eval} command.
 *
 * @param article the article whose paragraphs a question's {@code gold} numbers refer to, when the
 *                question does not name one
 * @param scoped  ask every question within its article, as the page asks about the article on
 *                screen; false asks across all loaded articles, as a REST client that names none
 * @param out     where the JSON report is written
 * @param compareUrl the address of another running article-chat to score side by side, over its REST
 *                API (an earlier build started from another checkout); empty for none
 * @param fitOut  where {@code --fit-models} writes the fitted models
 * @param fitRecall the share of answerable calibration questions the fitted answerability threshold accepts
 * @param fitGateRecall the share the lower gate accepts: below it, not even the LLM is asked
 */
@ConfigurationProperties("articlechat.eval")
public record EvalProperties(String article, boolean scoped, Path out, String compareUrl, Path fitOut,
        double fitRecall, double fitGateRecall) {
}
