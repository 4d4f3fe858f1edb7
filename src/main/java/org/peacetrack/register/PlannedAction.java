package org.peacetrack.register;

import java.util.List;

/** One action of an action plan: its number, what is to be done, its theme and who answers for it. */
public record PlannedAction(int number, String text, String theme, List<String> responsibleEntities) {

    public PlannedAction {
        if (number < 1) {
            throw new IllegalArgumentException("Action numbers start at 1, not " + number);
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Action " + number + " has no text");
        }
        responsibleEntities = List.copyOf(responsibleEntities);
    }
}
