package org.peacetrack.reporting.addendum;

import java.time.LocalDate;
import java.time.Month;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.peacetrack.documents.DocumentKind;
import org.peacetrack.documents.DocumentSummary;
import org.peacetrack.reporting.AddendumRequest;

/**
 * The facts of the masthead: those asked for, else those an imported document of the same session states
 * (the Secretary-General's addendum of the same year for the symbol; his report or addendum on the session
 * for the agenda item). The General Assembly's session is the one in progress on the date: each opens in
 * September, the first in 1946.
 */
record MastheadFacts(String symbol, LocalDate date, int assemblySession, String agendaItem) {

    private static final Set<DocumentKind> SECRETARY_GENERAL = Set.of(DocumentKind.SG_ADDENDUM, DocumentKind.SG_REPORT);

    static MastheadFacts of(AddendumRequest request, List<DocumentSummary> imported, LocalDate today,
            List<String> warnings) {
        LocalDate date = request.date() != null ? request.date() : today;
        List<DocumentSummary> onSession = imported.stream()
                .filter(d -> SECRETARY_GENERAL.contains(d.kind()) && request.session().equals(d.respondsTo()))
                .sorted(Comparator.comparing(DocumentSummary::issuedOn, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .reversed()).toList();
        String symbol = Optional.ofNullable(request.symbol()).or(() -> onSession.stream()
                .filter(d -> d.kind() == DocumentKind.SG_ADDENDUM && d.year() != null && d.year() == request.year())
                .map(DocumentSummary::symbol).filter(s -> s != null).findFirst()).orElse(null);
        String agendaItem = Optional.ofNullable(request.agendaItem()).or(() -> onSession.stream()
                .map(DocumentSummary::agendaItem).filter(a -> a != null).findFirst()).orElse(null);
        if (symbol == null) {
            warnings.add("No symbol for the addendum (none asked for, and no addendum of " + request.session()
                    + " for " + request.year() + " is imported): the running head names the session instead");
        }
        if (agendaItem == null) {
            warnings.add("No agenda item (none asked for, and no report on " + request.session()
                    + " is imported that states one): the masthead leaves it out");
        }
        int session = date.getYear() - 1945 - (date.getMonth().compareTo(Month.SEPTEMBER) < 0 ? 1 : 0);
        return new MastheadFacts(symbol, date, session, agendaItem);
    }
}
