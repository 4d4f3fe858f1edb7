package org.peacetrack.extraction;

import java.time.LocalDate;
import org.peacetrack.documents.DocumentKind;

/**
 * What a recogniser learnt about a document as a whole. {@code symbol}, {@code session}, {@code date},
 * {@code distribution} ("General", "Limited") and {@code agendaItem} ("158", "138 and 139") are null when
 * the text does not state them; {@code year} is the date's, else the one the symbol states or its session
 * opened in. Components are part of the JSON contract: new ones go at the end.
 */
public record DocumentFacts(
        DocumentKind kind,
        String title,
        LocalDate date,
        String respondsTo,
        String symbol,
        Integer session,
        String language,
        String distribution,
        String agendaItem,
        Integer year) {

    public DocumentFacts(DocumentKind kind, String title, LocalDate date, String respondsTo, String symbol,
            Integer session, String language) {
        this(kind, title, date, respondsTo, symbol, session, language, null, null, date == null ? null : date.getYear());
    }

    /**
     * These facts completed by the masthead: what the masthead states wins over what a recogniser read
     * elsewhere, and what it does not state keeps the recogniser's value.
     */
    DocumentFacts withMasthead(Masthead masthead) {
        LocalDate stated = masthead.date() != null ? masthead.date() : date;
        String sym = masthead.symbol() != null ? masthead.symbol() : symbol;
        Integer sess = masthead.session() != null ? masthead.session() : session;
        if (sess == null && sym != null) {
            sess = UnSymbol.session(sym).orElse(null);
        }
        String lang = masthead.language() != null ? masthead.language() : language;
        Masthead completed = new Masthead(sym, masthead.distribution(), stated, lang, sess, masthead.agendaItem(),
                masthead.titleLines());
        String named = title != null ? title : masthead.title().orElse(null);
        return new DocumentFacts(kind, named, stated, respondsTo, sym, sess, lang, masthead.distribution(),
                masthead.agendaItem(), completed.year());
    }
}
