package com.articlechat.openai;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts the API key check in front of the {@code /v1} endpoints. */
@Configuration(proxyBeanMethods = false)
class OpenAiWebConfiguration implements WebMvcConfigurer {

    private final ApiKeyInterceptor apiKey;

    OpenAiWebConfiguration(ApiKeyInterceptor apiKey) {
        this.apiKey = apiKey;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(apiKey).addPathPatterns("/v1/**");
    }
}
