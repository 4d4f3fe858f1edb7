package org.peacetrack.register;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.net.URI;
import java.time.Instant;

/**
 * A link to what supports a status update. Only http and https addresses are accepted, so that no
 * script (a javascript: URL) can be planted in a public page.
 */
@Embeddable
public record Evidence(String label, String url, @Column(name = "added_by") String addedBy,
        @Column(name = "added_at") Instant addedAt) {

    public Evidence {
        if (label == null || label.isBlank() || label.length() > 300) {
            throw new IllegalArgumentException("Evidence needs a label of at most 300 characters");
        }
        if (url == null || url.length() > 2000 || !isWebAddress(url.strip())) {
            throw new IllegalArgumentException("Evidence must be an http or https address");
        }
        label = label.strip();
        url = url.strip();
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = URI.create(url);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
