package org.peacetrack.documents;

import java.util.Map;

/** What storing a document created: its id, and the id of each paragraph by its position. */
public record StoredDocument(long documentId, Map<Integer, Long> paragraphIdsBySeq) {
}
