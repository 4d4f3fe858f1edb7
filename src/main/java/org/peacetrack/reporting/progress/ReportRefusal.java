package org.peacetrack.reporting.progress;

/** A report that cannot be written as asked, with the bundle message that says why. */
public class ReportRefusal extends RuntimeException {

    public enum Reason { BAD_REQUEST, NOT_FOUND }

    private final Reason reason;
    private final String code;
    private final transient Object[] arguments;

    public ReportRefusal(Reason reason, String code, Object... arguments) {
        super(code);
        this.reason = reason;
        this.code = code;
        this.arguments = arguments.clone();
    }

    public Reason reason() {
        return reason;
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
