package org.peacetrack.register;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** An action plan as a framework: a code (e.g. "SAP-2018"), a title, its year and its numbered actions. */
public record ActionPlan(String code, String title, Integer year, List<PlannedAction> actions) {

    public ActionPlan {
        if (code == null || !code.matches("[A-Za-z0-9][A-Za-z0-9./+-]{1,63}")) {
            throw new IllegalArgumentException("An action plan's code is 2 to 64 letters, digits or . / + -");
        }
        if (actions.isEmpty()) {
            throw new IllegalArgumentException("The action plan has no actions");
        }
        Set<Integer> numbers = new HashSet<>();
        for (PlannedAction a : actions) {
            if (!numbers.add(a.number())) {
                throw new IllegalArgumentException("Action " + a.number() + " appears twice");
            }
        }
        actions = List.copyOf(actions);
    }
}
