package org.peacetrack.indicators;

/** Told how far an import has come: rows read, then values written, each out of its total. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (phase, done, total) -> { };

    void at(Phase phase, int done, int total);

    enum Phase {
        READING, WRITING, DONE
    }
}
