package org.peacetrack.reporting.addendum;

import org.peacetrack.reporting.GenerationReport;

/** An addendum with the report of what went into it. */
public record Composed(Addendum addendum, GenerationReport report) {
}
