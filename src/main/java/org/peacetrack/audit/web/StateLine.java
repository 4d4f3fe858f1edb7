package org.peacetrack.audit.web;

import org.peacetrack.register.UpdateSnapshot;

/**
 * A change-log state as the log's API and CSV have always written it, one line: "SUBMITTED | IMPLEMENTED |
 * message: ... | evidence: 2 | text", the message and evidence only when there are some, and the narrative
 * shortened to {@value #SHOWN} characters, as the page's word diff shows it too. The log keeps the whole
 * narrative (ADR 0059); the shortening is how these views show it.
 */
final class StateLine {

    static final int SHOWN = 300;

    private StateLine() {
    }

    /** The state as one line; null when there was no state (before a first draft). */
    static String of(UpdateSnapshot state) {
        if (state == null) {
            return null;
        }
        if (state.workflowState() == null && state.status() == null) {
            return state.narrative(); // a line logged without its parts, carried over by V95 as it stood
        }
        return state.workflowState() + " | " + state.status()
                + (state.message() == null ? "" : " | message: " + state.message())
                + (state.evidence() == 0 ? "" : " | evidence: " + state.evidence()) + " | " + text(state);
    }

    /** The narrative as the views show it: empty when there is none, shortened past {@value #SHOWN} characters. */
    static String text(UpdateSnapshot state) {
        String narrative = state == null || state.narrative() == null ? "" : state.narrative();
        return narrative.length() > SHOWN ? narrative.substring(0, SHOWN - 3) + "..." : narrative;
    }
}
