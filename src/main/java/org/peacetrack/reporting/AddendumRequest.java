package org.peacetrack.reporting;

import java.time.LocalDate;

/**
 * What an addendum is written for: a session's recommendations ("A/78/19") and the year whose published
 * statuses it reports. The other facts of the masthead are optional: the addendum's own symbol
 * ("A/79/553/Add.1"), its date (today if null) and the General Assembly's agenda item ("51"); where null,
 * they are taken from an imported document of the same session when one states them.
 */
public record AddendumRequest(String session, int year, String symbol, LocalDate date, String agendaItem) {

    public AddendumRequest {
        if (session == null || session.isBlank()) {
            throw new IllegalArgumentException("An addendum needs the session's symbol, e.g. A/78/19");
        }
        session = session.strip();
        symbol = blankToNull(symbol);
        agendaItem = blankToNull(agendaItem);
    }

    public static AddendumRequest of(String session, int year) {
        return new AddendumRequest(session, year, null, null, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
