package com.articlechat.answer;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the prompt files live, and the sentence the model must use when the article has no answer.
 *
 * @param dir            folder holding {@code answer-system.txt} and {@code answer-user.txt}
 * @param notFoundReply  the exact reply that marks "the article does not say"; it fills the
 *                       {@code {{not_found}}} placeholder and is how refusals are recognised
 */
@ConfigurationProperties("articlechat.prompts")
public record PromptProperties(Path dir, String notFoundReply) {
}
