package org.peacetrack.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.peacetrack.documents.DocumentKind;

/**
 * Recognises the Secretary-General's addendum: a two-column matrix whose left column is the paragraph
 * number in the Special Committee's report and whose right column is the status text. Survives the
 * conversion's artefacts: the column header repeated on every page, entries split across page breaks,
 * footnote marks after the number and footnote definitions at the end.
 */
final class AddendumRecogniser implements Recogniser {

    private final MentionFinder mentions;

    AddendumRecogniser(MentionFinder mentions) {
        this.mentions = mentions;
    }

    private static final Pattern COLUMN_HEADER = Pattern.compile("^Paragraph\\s+in\\s+(A/\\d+/\\d+)$");
    private static final Pattern SECTION = Pattern.compile("^([IVXL]{1,6})\\.\\s+(\\S.{0,150})$");
    private static final Pattern ENTRY = Pattern.compile("^(\\d{1,4})((?:<sup>[a-z]{1,2}</sup>)*)\\s+(\\S.*)$");
    private static final Pattern FOOTNOTE_MARK = Pattern.compile("<sup>([a-z]{1,2})</sup>");
    private static final Pattern FOOTNOTE_DEFINITION = Pattern.compile("^<sup>[a-z]{1,2}</sup>\\s");
    private static final Pattern RULE = Pattern.compile("^-{3,}$|^\\*{3,}$");
    private static final Pattern SUPPLEMENTS = Pattern.compile("supplemental to the report of the Secretary-General \\((A/\\d+/\\d+)\\)");
    private static final int LARGEST_PLAUSIBLE_GAP = 100;

    @Override
    public DocumentKind kind() {
        return DocumentKind.SG_ADDENDUM;
    }

    @Override
    public boolean accepts(List<String> blocks) {
        boolean addendum = blocks.stream().limit(40).anyMatch(b -> InlineMarkup.heading(b).equalsIgnoreCase("Addendum"));
        // the column header, whether a reader gave it as text or as a heading (a PDF sets it bold, apart)
        boolean matrix = blocks.stream().anyMatch(b -> COLUMN_HEADER.matcher(InlineMarkup.heading(b)).matches());
        return addendum && matrix;
    }

    @Override
    public Extraction recognise(List<String> blocks) {
        Parse parse = new Parse(mentions, entryNumbers(blocks));
        for (int i = 0; i < blocks.size(); i++) {
            parse.accept(blocks.get(i), i);
        }
        parse.finishEntry();
        if (parse.entries.isEmpty()) {
            throw new UnrecognisedDocumentException("The addendum matrix has no numbered entries");
        }
        DocumentFacts facts = new DocumentFacts(DocumentKind.SG_ADDENDUM, title(blocks),
                FrontMatter.date(blocks).orElse(null), parse.respondsTo, symbol(blocks),
                FrontMatter.session(blocks).orElse(null), FrontMatter.language(blocks));
        return new Extraction(facts, parse.entries, List.of(), parse.warnings);
    }

    /** The number each block would open an entry with, or 0. */
    private static int[] entryNumbers(List<String> blocks) {
        int[] numbers = new int[blocks.size()];
        for (int i = 0; i < numbers.length; i++) {
            Matcher entry = ENTRY.matcher(blocks.get(i));
            numbers[i] = entry.matches() ? Integer.parseInt(entry.group(1)) : 0;
        }
        return numbers;
    }

    private static String title(List<String> blocks) {
        for (int i = 1; i < blocks.size(); i++) {
            if (InlineMarkup.heading(blocks.get(i)).equalsIgnoreCase("Report of the Secretary-General")) {
                return InlineMarkup.heading(blocks.get(i - 1));
            }
        }
        return "Addendum to the report of the Secretary-General";
    }

    private static String symbol(List<String> blocks) {
        Optional<String> stated = blocks.stream().limit(10).map(InlineMarkup::plain)
                .filter(b -> b.matches("A/\\d+/\\d+(?:/Add\\.\\d+)?")).findFirst();
        if (stated.isPresent()) {
            return stated.get();
        }
        return blocks.stream().limit(40).map(b -> SUPPLEMENTS.matcher(InlineMarkup.plain(b)))
                .filter(Matcher::find).map(m -> m.group(1) + "/Add.1").findFirst().orElse(null);
    }

    /** The state of one pass over the blocks. */
    private static final class Parse {
        final MentionFinder mentions;
        final List<AddendumEntry> entries = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        String respondsTo;
        boolean inMatrix;
        boolean afterPageBreak;
        String sectionNumber;
        String section;
        int number;
        List<String> footnotes;
        List<String> paragraphs;
        String entrySectionNumber;
        String entrySection;

        final int[] entryNumbers;

        Parse(MentionFinder mentions, int[] entryNumbers) {
            this.mentions = mentions;
            this.entryNumbers = entryNumbers;
        }

        void accept(String block, int at) {
            String plain = InlineMarkup.plain(block);
            Matcher header = COLUMN_HEADER.matcher(InlineMarkup.heading(block));
            if (header.matches()) {
                respondsTo = respondsTo == null ? header.group(1) : respondsTo;
                inMatrix = true;
                afterPageBreak = true;
                return;
            }
            if (!inMatrix) {
                return;
            }
            if (RULE.matcher(block).matches()) {
                afterPageBreak = true;
                return;
            }
            if (FOOTNOTE_DEFINITION.matcher(block).find()) {
                finishEntry();
                return;
            }
            Matcher heading = SECTION.matcher(InlineMarkup.heading(block));
            if (heading.matches() && (block.startsWith("#") || !plain.endsWith("."))) {
                finishEntry();
                sectionNumber = heading.group(1);
                section = heading.group(2);
                afterPageBreak = false;
                return;
            }
            Matcher entry = ENTRY.matcher(block);
            int candidate = entry.matches() ? Integer.parseInt(entry.group(1)) : 0;
            if (entry.matches() && plausibleNext(candidate) && !overtaken(candidate, at)) {
                finishEntry();
                startEntry(entry);
            } else {
                if (entry.matches() && paragraphs != null) {
                    warnings.add(notAnEntry(candidate, at));
                }
                continueEntry(plain);
            }
            afterPageBreak = false;
        }

        /**
         * A paragraph of an entry that opens with a number ("45 peacekeepers were ...") is no entry when the
         * next block shaped like an entry carries a number between the current entry's and this one.
         */
        private boolean overtaken(int candidate, int at) {
            return nextEntryNumber(at) < candidate;
        }

        private int nextEntryNumber(int at) {
            for (int i = at + 1; i < entryNumbers.length; i++) {
                if (entryNumbers[i] > number) {
                    return entryNumbers[i];
                }
            }
            return Integer.MAX_VALUE;
        }

        private String notAnEntry(int candidate, int at) {
            String why = candidate <= number ? "it repeats or runs back the numbering"
                    : candidate - number > LARGEST_PLAUSIBLE_GAP ? "it jumps too far"
                    : "entry " + nextEntryNumber(at) + " follows it";
            return "A paragraph numbered " + candidate + " inside entry " + number + " is kept as text of entry "
                    + number + ": " + why;
        }

        private boolean plausibleNext(int candidate) {
            return candidate > number && (number == 0 || candidate - number <= LARGEST_PLAUSIBLE_GAP);
        }

        private void startEntry(Matcher entry) {
            number = Integer.parseInt(entry.group(1));
            footnotes = new ArrayList<>();
            Matcher marks = FOOTNOTE_MARK.matcher(entry.group(2));
            while (marks.find()) {
                footnotes.add(marks.group(1));
            }
            paragraphs = new ArrayList<>();
            paragraphs.add(InlineMarkup.plain(entry.group(3)));
            entrySectionNumber = sectionNumber;
            entrySection = section;
            if (section == null) {
                warnings.add("Paragraph " + number + " stands before any section heading");
            }
        }

        private void continueEntry(String plain) {
            if (paragraphs == null) {
                warnings.add("Skipped text outside any entry: \"" + abbreviate(plain) + "\"");
            } else if (afterPageBreak && Character.isLowerCase(plain.codePointAt(0))) {
                int last = paragraphs.size() - 1;
                paragraphs.set(last, paragraphs.get(last) + " " + plain);
            } else {
                paragraphs.add(plain);
            }
        }

        void finishEntry() {
            if (paragraphs == null) {
                return;
            }
            String text = String.join("\n\n", paragraphs);
            StatusAssessment status = StatusClassifier.classify(text);
            entries.add(new AddendumEntry(number, footnotes, entrySection, status.status(),
                    PriorReferences.in(text), text, entrySectionNumber, status.phrase(), status.confidence(),
                    mentions.in(text)));
            paragraphs = null;
        }

        private static String abbreviate(String text) {
            return text.length() <= 80 ? text : text.substring(0, 77) + "...";
        }
    }
}
