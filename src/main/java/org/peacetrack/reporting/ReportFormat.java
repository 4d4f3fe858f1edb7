package org.peacetrack.reporting;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats a report is written in, by the extension people ask for. */
public enum ReportFormat {
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    PDF("pdf", "application/pdf"),
    HTML("html", "text/html;charset=UTF-8"),
    MD("md", "text/markdown;charset=UTF-8");

    private final String extension;
    private final String mediaType;

    ReportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format of an extension ("docx", "PDF", "markdown"); an unknown one is refused with the list of formats. */
    public static ReportFormat of(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (wanted.equals("markdown")) {
            return MD;
        }
        return Arrays.stream(values()).filter(f -> f.extension.equals(wanted)).findFirst()
                .orElseThrow(() -> new UnknownReportFormatException(name, names()));
    }

    /** The extensions, comma-separated: "docx, pdf, html, md". */
    public static String names() {
        return Arrays.stream(values()).map(ReportFormat::extension).collect(Collectors.joining(", "));
    }
}
