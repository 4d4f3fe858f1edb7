package org.peacetrack.register;

/** The controlled status vocabulary of DESIGN.md, plus NARRATIVE for a progress report with no set phrase. */
public enum Status {
    ONGOING("Implementation ongoing"),
    IMPLEMENTED("Implemented"),
    NOTED("Noted"),
    BRIEFING_PENDING("Briefing pending"),
    ADDRESSED_TO_MEMBER_STATES("Addressed to Member States"),
    NO_UPDATE_REQUESTED("No update requested"),
    SEE_PRIOR("See prior status"),
    NOT_STARTED("Not started"),
    SUPERSEDED("Superseded"),
    NARRATIVE("Progress narrative");

    private final String label;

    Status(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
