package org.peacetrack.register;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a framework is, which also says what its {@code sessionYear} means. The stored code (and the
 * {@code kind} parameter of the frameworks page) is the one each kind has always had.
 */
public enum FrameworkKind {
    /** A Special Committee session's recommendations (A/78/19); sessionYear is the session's year. */
    C34_SESSION("C34_RECOMMENDATIONS"),
    /** The eight Action for Peacekeeping themes, from reference data; no sessionYear. */
    A4P_THEMES("A4P_COMMITMENTS"),
    /** The seven A4P+ priorities, from reference data; no sessionYear. */
    A4P_PLUS_PRIORITIES("A4P_PLUS_PRIORITIES"),
    /** An action plan imported from CSV; sessionYear is the plan's year, when it states one. */
    ACTION_PLAN("ACTION_PLAN");

    private final String code;

    FrameworkKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The kind stored or asked for under this code; empty for any other text. */
    public static Optional<FrameworkKind> ofCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
