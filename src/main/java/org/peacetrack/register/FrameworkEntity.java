package org.peacetrack.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A set of trackable items from one source, e.g. the C-34 recommendations of the 2024 session (A/78/19). */
@Entity
@Table(name = "framework")
public class FrameworkEntity {

    public static final String C34_RECOMMENDATIONS = "C34_RECOMMENDATIONS";
    static final String A4P_COMMITMENTS = "A4P_COMMITMENTS";
    static final String A4P_PLUS_PRIORITIES = "A4P_PLUS_PRIORITIES";
    static final String ACTION_PLAN = "ACTION_PLAN";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;
    String kind;
    String title;
    @Column(name = "session_year")
    public Integer sessionYear;

    protected FrameworkEntity() {
    }

    public static FrameworkEntity c34Session(String reportSymbol) {
        FrameworkEntity f = new FrameworkEntity();
        f.code = reportSymbol;
        f.kind = C34_RECOMMENDATIONS;
        f.sessionYear = C34Sessions.yearOf(reportSymbol);
        f.title = "Recommendations of the Special Committee, " + f.sessionYear + " session (" + reportSymbol + ")";
        return f;
    }

    /** A framework that reference data defines, with no session. */
    static FrameworkEntity reference(String code, String kind, String title) {
        FrameworkEntity f = new FrameworkEntity();
        f.code = code;
        f.kind = kind;
        f.title = title;
        return f;
    }

    static FrameworkEntity actionPlan(String code, String title, Integer year) {
        FrameworkEntity f = new FrameworkEntity();
        f.code = code;
        f.kind = ACTION_PLAN;
        f.title = title == null || title.isBlank() ? "Action plan " + code : title;
        f.sessionYear = year;
        return f;
    }
}
