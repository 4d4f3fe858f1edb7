package org.peacetrack.portal.web;

import java.util.Map;
import org.peacetrack.documents.DocumentService;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The symbols of the imported documents, read again only when a document was added (the documents' stamp
 * changes), and that stamp checked at most once per request.
 */
@Component
class ImportedSymbols {

    private static final String CHECKED = ImportedSymbols.class.getName() + ".checked";

    private final DocumentService documents;
    private volatile Snapshot snapshot = new Snapshot(-1, Map.of());

    private record Snapshot(long stamp, Map<String, Long> ids) {
    }

    ImportedSymbols(DocumentService documents) {
        this.documents = documents;
    }

    Map<String, Long> idsBySymbol() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(CHECKED, RequestAttributes.SCOPE_REQUEST) != null) {
            return snapshot.ids();
        }
        long stamp = documents.stamp();
        if (stamp != snapshot.stamp()) {
            snapshot = new Snapshot(stamp, Map.copyOf(documents.idsBySymbol()));
        }
        if (request != null) {
            request.setAttribute(CHECKED, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
        }
        return snapshot.ids();
    }
}
