package org.peacetrack.reference;

/** A Secretariat entity or system partner named as responsible: acronym, full name, source. */
public record SecretariatEntity(String acronym, String name, String source) {
}
