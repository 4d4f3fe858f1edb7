package org.peacetrack.register;

import java.util.Locale;

/** A transition of a status update through the workflow; the audit trail listens to these. */
public sealed interface StatusUpdateEvent permits StatusUpdateDrafted, StatusUpdateRevised, StatusUpdateSubmitted,
        StatusUpdateReturned, StatusUpdateApproved, StatusUpdatePublished {

    StatusUpdateChange change();

    /** The transition's name in the change log, e.g. "submitted". */
    default String action() {
        return getClass().getSimpleName().replace("StatusUpdate", "").toLowerCase(Locale.ROOT);
    }
}
