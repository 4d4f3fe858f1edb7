package org.peacetrack.register;

import java.util.List;

/** The statuses an addendum gives to the recommendations of one Special Committee report. */
public record OfficialStatuses(String reportSymbol, List<EntryStatusRecord> entries) {

    public OfficialStatuses {
        entries = List.copyOf(entries);
    }
}
