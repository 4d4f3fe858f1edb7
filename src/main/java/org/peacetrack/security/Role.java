package org.peacetrack.security;

/** What a signed-in person may do. Public readers need no account. */
public enum Role {
    /** Member State delegate: reads the register, including work in progress of reporting cycles. */
    MEMBER_STATE,
    /** Secretariat focal point: drafts and submits status updates for the items assigned to their entity. */
    FOCAL_POINT,
    /** Approves submitted updates or returns them with a message. */
    REVIEWER,
    /** Publishes approved updates, opens reporting cycles, assigns items, imports documents. */
    EDITOR,
    /** Everything, including accounts. */
    ADMIN
}
