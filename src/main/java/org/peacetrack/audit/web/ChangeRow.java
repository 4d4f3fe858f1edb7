package org.peacetrack.audit.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import org.peacetrack.audit.Change;
import org.peacetrack.diff.DiffPart;
import org.peacetrack.diff.WordDiff;
import org.peacetrack.register.UpdateSnapshot;

/** One change as the change-log page shows it: when, who, what, and what changed in state, status and text. */
record ChangeRow(String when, String actor, String action, UpdateSnapshot before, UpdateSnapshot after,
        List<DiffPart> textDiff) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    static ChangeRow of(Change change) {
        return new ChangeRow(WHEN.format(change.at()), change.actor(), change.action().logged(), change.before(),
                change.after(), WordDiff.between(StateLine.text(change.before()), StateLine.text(change.after())));
    }

    public boolean stateChanged() {
        return before == null || !Objects.equals(before.workflowState(), after.workflowState());
    }

    public boolean statusChanged() {
        return before != null && after != null && !Objects.equals(before.status(), after.status());
    }

    /** Compared as the page shows the texts (StateLine.text), so a change past what it shows is no change here. */
    public boolean textChanged() {
        return before == null || !Objects.equals(StateLine.text(before), after == null ? null : StateLine.text(after));
    }
}
