package org.peacetrack.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages the pages are written in; English is the fallback for every other. */
final class Languages {

    static final Locale ENGLISH = Locale.ENGLISH;
    static final Locale FRENCH = Locale.FRENCH;
    static final List<Locale> SUPPORTED = List.of(ENGLISH, FRENCH);

    private Languages() {
    }

    /** The supported language of a tag such as "fr", "fr-CA" or "en-GB"; empty for any other. */
    static Optional<Locale> of(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        return of(Locale.forLanguageTag(tag.strip()));
    }

    static Optional<Locale> of(Locale locale) {
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst();
    }

    /** The language pages are written in for this locale: itself when supported, English otherwise. */
    static Locale pageLanguage(Locale locale) {
        return locale == null ? ENGLISH : of(locale).orElse(ENGLISH);
    }
}
