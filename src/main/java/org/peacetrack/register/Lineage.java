package org.peacetrack.register;

import java.util.List;

/**
 * An item's chain across sessions, oldest first: {@code firstSession} is when the chain began,
 * {@code ageInSessions} how many sessions it spans up to this item's own, {@code sessionsOngoing} in how
 * many of its sessions the status was "implementation ongoing" or "see prior status".
 */
public record Lineage(ItemSummary item, List<LineageStep> chain, Integer firstSession, int ageInSessions,
        int sessionsOngoing, List<UnrelatedReference> unrelatedReferences) {

    public Lineage {
        chain = List.copyOf(chain);
        unrelatedReferences = List.copyOf(unrelatedReferences);
    }
}
