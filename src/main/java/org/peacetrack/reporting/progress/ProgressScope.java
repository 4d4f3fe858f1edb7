package org.peacetrack.reporting.progress;

import java.util.Objects;
import java.util.function.Predicate;
import org.peacetrack.register.ItemRecord;

/** What a progress report covers: a session's recommendations, all of them or those of one theme or entity. */
public record ProgressScope(String session, Kind kind, String value) {

    public enum Kind { SESSION, THEME, ENTITY }

    public ProgressScope {
        Objects.requireNonNull(session);
        Objects.requireNonNull(kind);
        if ((kind == Kind.SESSION) != (value == null)) {
            throw new IllegalArgumentException("A theme or entity report names its theme or entity");
        }
    }

    /** From a request's parameters: at most one of theme and entity; blank ones count as absent. */
    public static ProgressScope of(String session, String theme, String entity) {
        boolean byTheme = theme != null && !theme.isBlank();
        boolean byEntity = entity != null && !entity.isBlank();
        if (session == null || session.isBlank()) {
            throw new ReportRefusal(ReportRefusal.Reason.BAD_REQUEST, "progress.error.noSession");
        }
        if (byTheme && byEntity) {
            throw new ReportRefusal(ReportRefusal.Reason.BAD_REQUEST, "progress.error.themeAndEntity");
        }
        return byTheme ? new ProgressScope(session.strip(), Kind.THEME, theme.strip())
                : byEntity ? new ProgressScope(session.strip(), Kind.ENTITY, entity.strip())
                : new ProgressScope(session.strip(), Kind.SESSION, null);
    }

    Predicate<ItemRecord> filter() {
        return switch (kind) {
            case SESSION -> r -> true;
            case THEME -> r -> value.equals(r.item().theme());
            case ENTITY -> r -> r.responsibleEntities().contains(value);
        };
    }

    /** A file name for the report, e.g. progress-A-78-19-theme-Politics. */
    public String fileName() {
        String base = "progress-" + session.replace('/', '-');
        return kind == Kind.SESSION ? base : base + "-" + kind.name().toLowerCase(java.util.Locale.ROOT) + "-"
                + value.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
