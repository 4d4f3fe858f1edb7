package org.peacetrack.register;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A set of trackable items from one source, e.g. the C-34 recommendations of the 2024 session (A/78/19). */
@Entity
@Table(name = "framework")
class FrameworkEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;
    @Convert(converter = FrameworkKindColumn.class)
    public FrameworkKind kind;
    String title;
    /** The session's year for a C-34 session, the plan's year for an action plan; null otherwise (FrameworkKind). */
    @Column(name = "session_year")
    public Integer sessionYear;

    protected FrameworkEntity() {
    }

    public static FrameworkEntity c34Session(String reportSymbol) {
        FrameworkEntity f = new FrameworkEntity();
        f.code = reportSymbol;
        f.kind = FrameworkKind.C34_SESSION;
        f.sessionYear = C34Sessions.yearOf(reportSymbol);
        f.title = "Recommendations of the Special Committee, " + f.sessionYear + " session (" + reportSymbol + ")";
        return f;
    }

    /** A framework that reference data defines, with no session. */
    static FrameworkEntity reference(String code, FrameworkKind kind, String title) {
        FrameworkEntity f = new FrameworkEntity();
        f.code = code;
        f.kind = kind;
        f.title = title;
        return f;
    }

    static FrameworkEntity actionPlan(String code, String title, Integer year) {
        FrameworkEntity f = new FrameworkEntity();
        f.code = code;
        f.kind = FrameworkKind.ACTION_PLAN;
        f.title = title == null || title.isBlank() ? "Action plan " + code : title;
        f.sessionYear = year;
        return f;
    }
}
