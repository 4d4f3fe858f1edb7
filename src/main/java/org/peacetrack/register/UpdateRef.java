package org.peacetrack.register;

/**
 * Who and what a status update of a cycle concerns, as the workflow checks it before a transition: its item,
 * cycle, the entity that drafted it, its version and who changed it last.
 */
public record UpdateRef(long id, long itemId, Long cycleId, String entityCode, long version, String updatedBy) {
}
