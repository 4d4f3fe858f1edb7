package org.peacetrack.workflow;

/** How far a cycle has come: its assigned items, and how many are submitted, approved and published. */
public record CycleProgress(CycleSummary cycle, long assigned, long submitted, long approved, long published) {

    /** Share of the assigned items approved or published, in whole percent. */
    public int percentDone() {
        return assigned == 0 ? 0 : (int) ((approved + published) * 100 / assigned);
    }
}
