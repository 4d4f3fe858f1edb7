package org.peacetrack.reporting.progress;

import java.util.List;

/** What a session's progress reports can cover: its themes in the report's order and the entities named. */
public record SessionChoices(String session, Integer year, List<String> themes, List<String> entities) {
}
