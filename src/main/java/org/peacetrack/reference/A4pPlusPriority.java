package org.peacetrack.reference;

/** One of the seven priorities of A4P+ (2021-2023), with its number and the source of both. */
public record A4pPlusPriority(int number, String name, String source) {
}
