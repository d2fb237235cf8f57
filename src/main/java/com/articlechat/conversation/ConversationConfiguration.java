package com.articlechat.conversation;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The conversation store, built here so that tests can give it their own clock. */
@Configuration(proxyBeanMethods = false)
class ConversationConfiguration {

    @Bean
    ConversationStore conversationStore(ConversationProperties properties) {
        return new ConversationStore(properties, Clock.systemUTC());
    }
}
