package org.peacetrack.reporting.addendum;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.peacetrack.reporting.AddendumRequest;
import org.peacetrack.register.EarlierRecommendation;
import org.peacetrack.register.ReportedStatus;
import org.peacetrack.register.Status;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Every word of the addendum that is not a record's own, from the reporting bundle (i18n/reporting.properties),
 * so that a secretariat changes the standard sentences there. The addendum is written in English, its
 * original language; numbers and years are passed as text so that no grouping separator creeps in.
 */
@Component
class AddendumWording {

    private static final Locale ENGLISH = Locale.ENGLISH;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", ENGLISH);
    /** A status text that already points at an earlier recommendation gets no second sentence. */
    private static final Pattern POINTS_AT_PRIOR = Pattern.compile("(?i)refer to the status of recommendation");

    private final MessageSource messages;
    private final String repositoryUrl;

    AddendumWording(MessageSource messages,
            @Value("${peacetrack.reporting.repository-url:https://peacekeeping.un.org/en/recommendations-of-special-committee-peacekeeping-operations-c34}")
            String repositoryUrl) {
        this.messages = messages;
        this.repositoryUrl = repositoryUrl;
    }

    AddendumHead head(MastheadFacts facts, AddendumRequest request) {
        String year = String.valueOf(request.year());
        String sessionYear = String.valueOf(request.year());
        String supplemental = facts.symbol() != null && facts.symbol().matches(".*/Add\\.\\d+$")
                ? " " + text("reporting.addendum.supplemental", facts.symbol().replaceFirst("/Add\\.\\d+$", "")) : "";
        String runningHead = facts.symbol() != null ? facts.symbol()
                : text("reporting.addendum.runningHead.unnumbered", request.session(), year);
        return new AddendumHead(facts.symbol(), runningHead, text("reporting.addendum.organ"),
                text("reporting.addendum.distribution"), DATE.format(facts.date()), text("reporting.addendum.language"),
                text("reporting.addendum.session", EnglishOrdinals.of(facts.assemblySession())),
                facts.agendaItem() == null ? null : text("reporting.addendum.agendaItem", facts.agendaItem()),
                text("reporting.addendum.agendaTitle"), text("reporting.addendum.title"),
                text("reporting.addendum.byline"), text("reporting.addendum.addendum"),
                text("reporting.addendum.summaryHeading"),
                text("reporting.addendum.summary", sessionYear, request.session(), supplemental,
                        String.valueOf(request.year() - 1)),
                List.of(text("reporting.addendum.columnHeader.first"),
                        text("reporting.addendum.columnHeader.second", request.session())),
                runningHead + ": " + text("reporting.addendum.title"));
    }

    /** The status text's paragraphs: the record's own words, with the standard sentences where it has none. */
    List<String> statusText(ReportedStatus status, List<String> warnings) {
        List<String> parts = new ArrayList<>();
        String narrative = status.narrative() == null ? "" : status.narrative().strip();
        if (status.status() == Status.SEE_PRIOR && !POINTS_AT_PRIOR.matcher(narrative).find()) {
            status.references().stream().max(Comparator.comparingInt(EarlierRecommendation::year))
                    .ifPresentOrElse(prior -> parts.add(priorReference(prior)), () -> warnings.add("Recommendation "
                            + status.item().number() + " points at an earlier status, but no earlier recommendation"
                            + " is linked to it: the standard sentence is left out"));
        }
        if (!narrative.isEmpty()) {
            for (String part : narrative.split("\\n\\s*\\n")) {
                parts.add(part.strip());
            }
        } else if (parts.isEmpty()) {
            String standard = messages.getMessage("reporting.addendum.standard." + status.status().name(), null, null,
                    ENGLISH);
            if (standard == null) {
                warnings.add("Recommendation " + status.item().number() + " has a status (" + status.status().label()
                        + ") without text, and the templates have no standard sentence for it");
                standard = status.status().label() + ".";
            }
            parts.add(standard);
        }
        return parts;
    }

    String priorReference(EarlierRecommendation prior) {
        return text("reporting.addendum.priorReference", String.valueOf(prior.number()), String.valueOf(prior.year()));
    }

    String gap(int year) {
        return text("reporting.addendum.gap", String.valueOf(year));
    }

    String noTheme() {
        return text("reporting.addendum.noTheme");
    }

    AddendumFootnote footnote(String mark) {
        String found = messages.getMessage("reporting.addendum.footnote." + mark, new Object[] {repositoryUrl}, null,
                ENGLISH);
        return found == null ? new AddendumFootnote(mark, text("reporting.addendum.footnote.missing"), true)
                : new AddendumFootnote(mark, found, false);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, ENGLISH);
    }
}
