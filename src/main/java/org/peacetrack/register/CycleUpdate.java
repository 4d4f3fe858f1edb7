package org.peacetrack.register;

/** An item's update in a cycle as the cycle's lists show it: its state and entity, its text only if readable (else null). */
public record CycleUpdate(long itemId, WorkflowState state, String entityCode, StatusView view) {
}
