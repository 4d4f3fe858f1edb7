package org.peacetrack.register;

import java.util.List;

/**
 * A recommendation with the public status reported on it for one year (imported or published, never work in
 * progress: the Viewer rule for anyone), as a document of that year states it: its status, its text, the
 * paragraph it was imported from (null for one published through the workflow), and the earlier
 * recommendations it refers to. {@code status} and {@code narrative} are null when none was reported that year.
 */
public record ReportedStatus(ItemSummary item, Status status, String narrative, Long sourceParagraphId,
        List<EarlierRecommendation> references) {

    public ReportedStatus {
        references = List.copyOf(references);
    }

    /** Whether no public status was reported on the recommendation for the year. */
    public boolean missing() {
        return status == null;
    }
}
