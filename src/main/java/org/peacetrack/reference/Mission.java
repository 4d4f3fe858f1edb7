package org.peacetrack.reference;

/** A peacekeeping operation or support office: its acronym, full name, status and the source of both. */
public record Mission(String acronym, String name, String status, String source) {
}
