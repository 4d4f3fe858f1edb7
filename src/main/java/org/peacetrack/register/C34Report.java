package org.peacetrack.register;

import java.util.List;

/** The recommendations of one Special Committee report (A/78/19 for the 2024 session). */
public record C34Report(String reportSymbol, List<C34Recommendation> recommendations) {

    public C34Report {
        recommendations = List.copyOf(recommendations);
    }
}
