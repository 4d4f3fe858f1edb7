package org.peacetrack.audit.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import org.peacetrack.audit.Change;
import org.peacetrack.diff.DiffPart;
import org.peacetrack.diff.WordDiff;

/** One change as the change-log page shows it: when, who, what, and what changed in state, status and text. */
record ChangeRow(String when, String actor, String action, LoggedState before, LoggedState after,
        List<DiffPart> textDiff) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    static ChangeRow of(Change change) {
        LoggedState before = LoggedState.parse(change.before());
        LoggedState after = LoggedState.parse(change.after());
        return new ChangeRow(WHEN.format(change.at()), change.actor(), change.action(), before, after,
                WordDiff.between(before == null ? "" : before.text(), after == null ? "" : after.text()));
    }

    public boolean stateChanged() {
        return before == null || !Objects.equals(before.workflowState(), after.workflowState());
    }

    public boolean statusChanged() {
        return before != null && after != null && !Objects.equals(before.status(), after.status());
    }

    public boolean textChanged() {
        return before == null || !Objects.equals(before.text(), after == null ? null : after.text());
    }
}
