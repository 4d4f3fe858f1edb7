package org.peacetrack.register;

import java.util.List;

/**
 * The register at a glance, from published statuses only: each Special Committee session's recommendations
 * by current status, the newest session's by theme ({@code themeSession}, null if no session has themes),
 * the share carried over from earlier sessions, and the oldest recommendations still open.
 */
public record RegisterOverview(List<StatusBreakdown> bySession, FrameworkRef themeSession,
        List<StatusBreakdown> byTheme, List<CarryOver> carryOver, List<OpenRecommendation> oldestOpen) {

    public RegisterOverview {
        bySession = List.copyOf(bySession);
        byTheme = List.copyOf(byTheme);
        carryOver = List.copyOf(carryOver);
        oldestOpen = List.copyOf(oldestOpen);
    }

    public boolean isEmpty() {
        return bySession.isEmpty();
    }
}
