package com.articlechat.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The questions the chat page suggests for an article whose front matter lists none.
 *
 * @param max       at most this many are offered, front matter ones included
 * @param general   questions that fit any article, offered first; {@code {headline}} stands for its title
 * @param aboutName a question about the first name in the headline; {@code {name}} stands for the name
 */
@ConfigurationProperties("articlechat.starters")
record StarterProperties(int max, List<String> general, String aboutName) {

    StarterProperties {
        general = general == null ? List.of() : List.copyOf(general);
        aboutName = aboutName == null ? "" : aboutName;
    }
}
