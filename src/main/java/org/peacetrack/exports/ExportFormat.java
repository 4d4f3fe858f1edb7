package org.peacetrack.exports;

import org.springframework.http.MediaType;

/** The formats a list can be downloaded in. */
public enum ExportFormat {
    CSV("csv", new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8)),
    XLSX("xlsx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
    JSON("json", MediaType.APPLICATION_JSON);

    private final String extension;
    private final MediaType mediaType;

    ExportFormat(String extension, MediaType mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    public static ExportFormat of(String extension) {
        for (ExportFormat f : values()) {
            if (f.extension.equalsIgnoreCase(extension)) {
                return f;
            }
        }
        throw new UnknownFormatException(extension);
    }
}
