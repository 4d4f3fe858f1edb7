package org.peacetrack.indicators;

/** A data file or mapping that cannot be imported at all; nothing is stored. The message says why. */
public class DataFileRefused extends RuntimeException {

    public DataFileRefused(String message) {
        super(message);
    }
}
