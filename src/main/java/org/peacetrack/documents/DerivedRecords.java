package org.peacetrack.documents;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Implemented by capabilities that make records from paragraphs, so that a document page can link to
 * them without the documents capability depending on those capabilities.
 */
public interface DerivedRecords {

    Map<Long, List<DerivedRecord>> madeFrom(Collection<Long> paragraphIds);
}
