package org.peacetrack.extraction;

/** Whom a recommendation asks to act. Names are part of the JSON contract. */
public enum Addressee {
    SECRETARIAT,
    MEMBER_STATES,
    BOTH
}
