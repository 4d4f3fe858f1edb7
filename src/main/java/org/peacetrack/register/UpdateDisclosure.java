package org.peacetrack.register;

/**
 * What a viewer may read of one status update's change log: all of it ({@code inFull}: drafts, revisions,
 * reviewers' messages), or only its publication, as {@code published} (its published state without the
 * reviewer's message). An update the viewer may not read at all has no disclosure.
 */
public record UpdateDisclosure(long updateId, boolean inFull, UpdateSnapshot published) {
}
