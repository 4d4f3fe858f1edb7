package org.peacetrack.workflow.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.peacetrack.security.Actor;
import org.peacetrack.security.Role;
import org.peacetrack.workflow.WorkItem;

/**
 * Which buttons the work-item page shows. Only a convenience: the service checks the same rules again
 * on every request.
 */
record WorkPermissions(Actor me, WorkItem work) {

    private String state() {
        return work.state();
    }

    /** Whether the cycle still takes drafts and submissions: not closed, deadline day (UTC) not passed. */
    public boolean reportingOpen() {
        return !work.cycle().closed() && !LocalDate.now(ZoneOffset.UTC).isAfter(work.cycle().deadline());
    }

    public boolean edit() {
        return me.answersFor(work.entityCode()) && reportingOpen()
                && (state().equals("NOT_STARTED") || state().equals("DRAFT") || state().equals("RETURNED"));
    }

    public boolean review() {
        return me.hasRole(Role.REVIEWER, Role.ADMIN) && state().equals("SUBMITTED");
    }

    public boolean publish() {
        return me.hasRole(Role.EDITOR, Role.ADMIN) && state().equals("APPROVED");
    }
}
