package org.peacetrack.portal;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/** The API's description (OpenAPI at /v3/api-docs, browsable at /swagger-ui.html) and its ETags. */
@Configuration
class ApiConfiguration {

    @Bean
    OpenAPI peacetrackApi() {
        return new OpenAPI().info(new Info().title("Peacetrack API").version("0.1")
                .description("Recommendations of the Special Committee on Peacekeeping Operations, their status "
                        + "history and lineage, the documents they come from, and the figures those state. Reads "
                        + "are public; writes need an account with the workflow's roles (HTTP Basic or a session).")
                .license(new License().name("Apache-2.0")));
    }

    /** ETags on every API read, so that clients and caches can revalidate cheaply (If-None-Match). */
    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> filter = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        filter.addUrlPatterns("/api/*");
        return filter;
    }
}
