package org.peacetrack.extraction;

/**
 * Status of an addendum entry, decided from its opening sentence. Names are part of the JSON
 * contract read by other tools: do not rename.
 */
public enum EntryStatus {
    ONGOING("Implementation ongoing"),
    IMPLEMENTED("Implemented"),
    SEE_PRIOR("See prior status"),
    NOTED("Noted"),
    BRIEFING_PENDING("Briefing pending"),
    ADDRESSED_TO_MEMBER_STATES("Addressed to Member States"),
    NO_UPDATE_REQUESTED("No update requested"),
    NARRATIVE("Progress narrative");

    private final String label;

    EntryStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
