package org.peacetrack.extraction;

/** A pointer from an entry to a recommendation number of an earlier session ("recommendation 37 ... for 2023"). */
public record PriorReference(int number, int year) {
}
