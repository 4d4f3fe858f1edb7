package org.peacetrack.extraction.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.peacetrack.extraction.NumberedText;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * Pulls the quantities stated in prose out as candidate data points, each with its paragraph and the
 * exact words it came from, and lists the measures whose stated values disagree.
 */
@Component
@NamedInterface("figures")
public class FigureFinder {

    private static final Pattern OWN_NUMBER = Pattern.compile("^\\s*(?:[-*]\\s+)?\\d{1,3}(?:<sup>[^<]{1,8}</sup>)*\\.?\\s");
    /** Units of time and size, and words that open a clause mis-read as a subject. */
    private static final Set<String> NOT_A_SUBJECT = Set.of("day", "days", "week", "weeks", "month", "months", "year",
            "years", "hour", "hours", "minute", "minutes", "time", "times", "million", "billion", "thousand", "km",
            "kilometres", "kilometers", "per", "cent", "percent", "while", "to", "up", "resulting");

    public List<StatedFigure> find(List<NumberedText> paragraphs) {
        List<StatedFigure> figures = new ArrayList<>();
        for (NumberedText paragraph : paragraphs) {
            for (String sentence : Sentences.of(withoutOwnNumber(paragraph.text()))) {
                for (FigureMention mention : mentionsIn(sentence)) {
                    if (hasRecognisedSubject(mention)) {
                        figures.add(figure(mention, sentence, paragraph.paragraph()));
                    }
                }
            }
        }
        return figures;
    }

    /**
     * A paragraph's or an addendum entry's own number ("12. Since 1948", "38 Implementation is ongoing") is
     * never a figure; it is blanked, not removed, so that every phrase stays exact source text.
     */
    static String withoutOwnNumber(String text) {
        Matcher m = OWN_NUMBER.matcher(text);
        return m.lookingAt() ? " ".repeat(m.end()) + text.substring(m.end()) : text;
    }

    /**
     * A figure is kept only when it says what it counts: a subject of the measure vocabulary, or a noun
     * phrase that is not a unit of time or size ("60 days", "15 years", "23.9 million" count nothing).
     */
    static boolean hasRecognisedSubject(FigureMention m) {
        if (m.subject() == null || m.subject().isBlank()) {
            return false;
        }
        if (MeasureVocabulary.isKnown(MeasureVocabulary.keyFor(m.subject(), m.context(), m.unit()))) {
            return true;
        }
        String head = m.subject().strip().split("[^\\p{L}]+", 2)[0].toLowerCase(Locale.ROOT);
        return !NOT_A_SUBJECT.contains(head) && !"unnamed".equals(MeasureVocabulary.headWords(m.subject()));
    }

    /**
     * Groups figures by measure and year and keeps the groups with more than one value. Figures without a
     * year are left out: they state no period, so a different value is not a disagreement. So are figures
     * outside the measure vocabulary: two "Member States" figures of two documents count different things.
     */
    public List<FigureDisagreement> disagreements(Collection<StatedFigure> figures) {
        Map<String, List<StatedFigure>> byMeasureAndYear = new LinkedHashMap<>();
        figures.stream().filter(f -> f.year() != null && MeasureVocabulary.isKnown(f.measure()))
                .sorted(Comparator.comparing(StatedFigure::measure).thenComparing(StatedFigure::year))
                .forEach(f -> byMeasureAndYear.computeIfAbsent(f.measure() + "@" + f.year(), k -> new ArrayList<>())
                        .add(f));
        return byMeasureAndYear.values().stream()
                .filter(group -> group.stream().map(StatedFigure::value).distinct().count() > 1)
                .map(group -> new FigureDisagreement(group.get(0).measure(), group.get(0).year(), group))
                .toList();
    }

    /** Series first, then shares, then plain counts; a number already read by an earlier pattern is skipped. */
    static List<FigureMention> mentionsIn(String sentence) {
        List<FigureMention> mentions = new ArrayList<>(ValueSeries.in(sentence));
        addUnlessTaken(mentions, PercentFigures.in(sentence));
        addUnlessTaken(mentions, CountFigures.in(sentence));
        mentions.sort(Comparator.comparingInt(FigureMention::start));
        return withSentenceCutOff(mentions, sentence);
    }

    private static void addUnlessTaken(List<FigureMention> taken, List<FigureMention> candidates) {
        List<FigureMention> kept = candidates.stream().filter(c -> taken.stream().noneMatch(c::overlaps)).toList();
        taken.addAll(kept);
    }

    /** "As at 13 August 2024, over 80,000 data points ...": the sentence's cut-off dates its undated figures. */
    private static List<FigureMention> withSentenceCutOff(List<FigureMention> mentions, String sentence) {
        String cutOff = StatedDates.cutOffIn(sentence);
        if (cutOff == null) {
            return mentions;
        }
        Integer year = StatedDates.year(cutOff);
        LocalDate asOf = StatedDates.date(cutOff);
        return mentions.stream().map(m -> m.year() == null ? m.withDate(year, asOf) : m).toList();
    }

    private static StatedFigure figure(FigureMention m, String sentence, String paragraph) {
        String measure = MeasureVocabulary.keyFor(m.subject(), m.context(), m.unit());
        return new StatedFigure(measure, m.subject(), m.value(), m.unit(), m.year(), m.asOf(), paragraph,
                sentence.substring(m.start(), m.end()));
    }
}
