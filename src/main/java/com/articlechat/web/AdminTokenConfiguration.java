package com.articlechat.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts the admin token check in front of every handler; it only acts on {@link RequiresAdminToken} ones. */
@Configuration(proxyBeanMethods = false)
class AdminTokenConfiguration implements WebMvcConfigurer {

    private final AdminTokenInterceptor interceptor;

    AdminTokenConfiguration(AdminTokenInterceptor interceptor) {
        this.interceptor = interceptor;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(interceptor);
    }
}
