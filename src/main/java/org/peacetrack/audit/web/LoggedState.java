package org.peacetrack.audit.web;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * A status update's state as a change-log line records it ("SUBMITTED | IMPLEMENTED | message: ... |
 * evidence: 2 | text"), read back into its parts for display. Null when there was no state before.
 */
record LoggedState(String workflowState, String status, String message, String evidence, String text) {

    private static final Pattern SEPARATOR = Pattern.compile(" \\| ");

    static LoggedState parse(String summary) {
        if (summary == null || summary.isBlank()) {
            return null;
        }
        String[] parts = SEPARATOR.split(summary, -1);
        if (parts.length < 3) {
            return new LoggedState(null, null, null, null, summary);
        }
        String message = null;
        String evidence = null;
        int next = 2;
        if (next < parts.length - 1 && parts[next].startsWith("message: ")) {
            message = parts[next++].substring("message: ".length());
        }
        if (next < parts.length - 1 && parts[next].startsWith("evidence: ")) {
            evidence = parts[next++].substring("evidence: ".length());
        }
        String text = String.join(" | ", Arrays.copyOfRange(parts, next, parts.length));
        return new LoggedState(parts[0], parts[1], message, evidence, text);
    }
}
