package org.peacetrack.indicators;

/** Open SDG's progress statuses, named as the issue names them (docs/decisions/0040). */
public enum ProgressStatus {
    ACHIEVED, ON_TRACK, OFF_TRACK, REGRESSING, INSUFFICIENT_DATA
}
