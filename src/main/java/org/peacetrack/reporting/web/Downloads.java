package org.peacetrack.reporting.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.peacetrack.reporting.AddendumRequest;
import org.peacetrack.reporting.AddendumService;
import org.peacetrack.reporting.ReportFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * Sends an addendum as a file: composed first (an unknown session is refused before a byte is sent), its
 * gaps counted in a header, then written straight to the response as it is laid out.
 */
final class Downloads {

    static final String GAPS_HEADER = "X-Addendum-Gaps";

    private Downloads() {
    }

    static void send(AddendumService addenda, AddendumRequest request, ReportFormat format,
            HttpServletResponse response) throws IOException {
        AddendumService.Prepared prepared = addenda.prepare(request);
        response.setContentType(format.mediaType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(AddendumService.fileName(request, format)).build().toString());
        response.setHeader(GAPS_HEADER, String.valueOf(prepared.report().gaps().size()));
        prepared.writeTo(format, response.getOutputStream());
        response.flushBuffer();
    }
}
