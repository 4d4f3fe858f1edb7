package org.peacetrack.portal;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Pages link to web jars without a version (/webjars/htmx.org/dist/htmx.min.js), which the web-jar resolver
 * serves as is. The URL-rewriting filter that Spring Boot adds for the resource chain is switched off: it
 * matched every link of every page against the static resources, a fifth of the cost of rendering a page.
 */
@Configuration
class PageRendering {

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> off = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        off.setEnabled(false);
        return off;
    }
}
