package org.peacetrack.i18n;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The pages' language resolver and switch. The JSON API, static files and actuator stay as they are. */
@Configuration
class LanguageConfiguration implements WebMvcConfigurer {

    /** Named as the DispatcherServlet looks it up, which also replaces Spring Boot's default resolver. */
    @Bean(name = DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    LocaleResolver localeResolver() {
        return new LanguageResolver();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LanguageSwitch(localeResolver()))
                .excludePathPatterns("/api/**", "/css/**", "/webjars/**", "/actuator/**", "/v3/**", "/swagger-ui/**");
    }
}
