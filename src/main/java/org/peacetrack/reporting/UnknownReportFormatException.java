package org.peacetrack.reporting;

/** A report asked for in a format Peacetrack does not write. */
public class UnknownReportFormatException extends IllegalArgumentException {

    private final String format;

    public UnknownReportFormatException(String format, String known) {
        super("Unknown report format '" + format + "': the formats are " + known);
        this.format = format;
    }

    public String format() {
        return format;
    }
}
