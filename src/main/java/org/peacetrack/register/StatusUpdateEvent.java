package org.peacetrack.register;

/** A transition of a status update through the workflow; the audit trail listens to these. */
public sealed interface StatusUpdateEvent permits StatusUpdateDrafted, StatusUpdateRevised, StatusUpdateSubmitted,
        StatusUpdateReturned, StatusUpdateApproved, StatusUpdatePublished {

    StatusUpdateChange change();

    /** Which step this is: each event names its own, so a new event cannot be logged without one. */
    Transition transition();
}
