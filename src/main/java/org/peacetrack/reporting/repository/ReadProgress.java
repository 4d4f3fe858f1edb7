package org.peacetrack.reporting.repository;

/** Told after each recommendation read, so that a command line or a long download can show how far it is. */
@FunctionalInterface
public interface ReadProgress {

    ReadProgress NONE = (done, total) -> { };

    void read(int done, int total);
}
