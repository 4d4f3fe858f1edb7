package org.peacetrack.indicators;

/** Why one row of a file cannot be imported: its line in the file and the reason. */
public record RowProblem(int line, String reason) {
}
