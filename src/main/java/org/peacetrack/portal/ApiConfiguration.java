package org.peacetrack.portal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * The API's description (OpenAPI at /v3/api-docs, browsable at /swagger-ui.html) and its ETags. Reads are
 * public; writes name the ways to sign in (ApiDescription adds the rest: multipart uploads, summaries).
 */
@Configuration
class ApiConfiguration {

    static final String BASIC = "basicAuth";
    static final String SESSION = "session";

    @Bean
    OpenAPI peacetrackApi() {
        return new OpenAPI().info(new Info().title("Peacetrack API").version("0.1")
                .description("Recommendations of the Special Committee on Peacekeeping Operations, their status "
                        + "history and lineage, the documents they come from, and the figures those state. Reads "
                        + "are public and show published statuses only; a signed-in reviewer, editor or focal "
                        + "point also reads the unpublished work they may see. Writes need an account with the "
                        + "workflow's roles (HTTP Basic or a session). Errors are RFC 9457 problem details.")
                .license(new License().name("Apache-2.0")))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("An account's user name and password"))
                        .addSecuritySchemes(SESSION, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE).name("JSESSIONID")
                                .description("The session of a sign-in through the login page or OpenID Connect")));
    }

    /**
     * ETags on every API read, so that clients and caches can revalidate cheaply (If-None-Match). After the security
     * chain (-100) and before (outside) the cache of anonymous answers (caching, ADR 0062), so that an answer served
     * from that cache gets its ETag and its 304 like one the controllers made.
     */
    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> filter = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        filter.addUrlPatterns("/api/*");
        filter.setOrder(Ordered.LOWEST_PRECEDENCE - 100);
        return filter;
    }
}
