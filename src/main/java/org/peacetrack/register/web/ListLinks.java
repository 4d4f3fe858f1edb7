package org.peacetrack.register.web;

import org.peacetrack.register.Status;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The addresses of a browse list's variants: another theme, status, page or download of the same list.
 * Only chosen filters are written, so that no link carries an empty "theme=".
 */
public record ListLinks(String framework, String theme, Status status) {

    public String withTheme(String newTheme) {
        return build("/items", newTheme, status, 0);
    }

    public String withStatus(Status newStatus) {
        return build("/items", theme, newStatus, 0);
    }

    public String page(int page) {
        return build("/items", theme, status, page);
    }

    public String download(String format) {
        return build("/items/export." + format, theme, status, 0);
    }

    private String build(String path, String someTheme, Status someStatus, int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path).queryParam("framework", framework);
        if (someTheme != null) {
            uri.queryParam("theme", someTheme);
        }
        if (someStatus != null) {
            uri.queryParam("status", someStatus.name());
        }
        if (page > 0) {
            uri.queryParam("page", page);
        }
        return uri.encode().build().toUriString();
    }
}
