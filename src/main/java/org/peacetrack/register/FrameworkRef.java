package org.peacetrack.register;

/** A framework's identity without its counts: cheap to list even when there are thousands. */
public record FrameworkRef(long id, String code, Integer sessionYear) {
}
