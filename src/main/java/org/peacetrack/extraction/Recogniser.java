package org.peacetrack.extraction;

import java.util.List;
import org.peacetrack.documents.DocumentKind;

/** One document kind's reader of structure: decides whether it applies, then extracts the records. */
interface Recogniser {

    DocumentKind kind();

    boolean accepts(List<String> blocks);

    Extraction recognise(List<String> blocks);
}
