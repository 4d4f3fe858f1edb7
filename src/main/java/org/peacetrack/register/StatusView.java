package org.peacetrack.register;

import java.time.Instant;
import java.util.List;

/**
 * One entry of an item's status history, with its provenance: the source paragraph for imported
 * statuses, the cycle, entity and people for those reported through the workflow.
 */
public record StatusView(long id, int year, Status status, String phrase, Double confidence, String narrative,
        Long sourceParagraphId, String setBy, WorkflowState workflowState, Instant createdAt, Long cycleId,
        String entityCode, String reviewMessage, Instant updatedAt, String updatedBy, long version,
        List<Evidence> evidence) {

    StatusView withoutReviewMessage() {
        return new StatusView(id, year, status, phrase, confidence, narrative, sourceParagraphId, setBy, workflowState,
                createdAt, cycleId, entityCode, null, updatedAt, updatedBy, version, evidence);
    }

    /** The narrative's own paragraphs. */
    public List<String> narrativeParts() {
        return narrative == null ? List.of() : List.of(narrative.split("\\n\\n"));
    }
}
