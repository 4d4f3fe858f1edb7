package org.peacetrack.search;

import java.util.List;

/** The index fields and entity names that the mapping annotations on tracking and documents declare. */
final class IndexedFields {

    static final String ITEM = "TrackedItemEntity";
    static final String STATUS_UPDATE = "StatusUpdateEntity";
    static final String PARAGRAPH = "ParagraphEntity";
    static final List<String> ENTITIES = List.of(ITEM, STATUS_UPDATE, PARAGRAPH);

    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String PHRASE = "phrase";
    static final String THEME_TEXT = "themeText";

    static final String THEME = "theme";
    static final String STATUS = "status";
    static final String YEAR = "year";
    static final String MISSION = "mission";
    static final String ENTITY = "entity";
    static final String ADDRESSEE = "addressee";
    static final String FRAMEWORK_ID = "frameworkId";
    static final String DOCUMENT_ID = "documentId";
    static final String ITEM_ID = "itemId";
    static final String NUMBER = "number";
    static final String PARAGRAPH_NUMBER = "paragraphNumber";
    static final String WORKFLOW_STATE = "workflowState";
    static final String SAMPLE = "sample";
    static final String RECORD_ID = "recordId";

    private IndexedFields() {
    }
}
