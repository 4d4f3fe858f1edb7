package org.peacetrack.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.peacetrack.documents.DocumentKind;

/**
 * Recognises the A4P+ priorities: numbered priorities named by an underlined lead, each running over
 * several paragraphs, followed by an unnumbered section of cross-cutting themes. The themes continue the
 * priorities' numbering (8, 9 ...) under the section path ["cross-cutting"]; the priorities sit under
 * ["priorities"]. A theme starts with the section and again at a paragraph that opens with an enumerating
 * connective ("Finally, ..."), the only mark the document gives between its themes.
 */
final class PrioritiesRecogniser implements Recogniser {

    static final List<String> PRIORITIES = List.of("priorities");
    static final List<String> CROSS_CUTTING = List.of("cross-cutting");

    /** A numbered paragraph named by its lead: underlined, or (where the format lost the underline) a label and colon. */
    private static final Pattern PRIORITY = Pattern.compile("^(\\d{1,2})\\.\\s+(<u>.*|[^:.;!?]{3,80}:\\s.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,3}\\.\\s");
    private static final Pattern NEXT_THEME = Pattern.compile("^(?:Finally|Lastly|Second(?:ly)?|Third(?:ly)?|Another)\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;][\"”’')]?$");
    private static final Pattern PROGRAMME = Pattern.compile("(?i)^Action for Peacekeeping\\s*\\+$");
    private static final Pattern PERIOD = Pattern.compile("(?i)^Priorities for \\d{4}\\s*-\\s*\\d{4}$");
    private static final int LONGEST_HEADING = 80;
    private static final int FEWEST_PRIORITIES = 3;

    @Override
    public DocumentKind kind() {
        return DocumentKind.PRIORITIES;
    }

    @Override
    public boolean accepts(List<String> blocks) {
        long named = blocks.stream().filter(b -> PRIORITY.matcher(b).matches()).count();
        long numbered = blocks.stream().filter(b -> NUMBERED.matcher(b).find()).count();
        return named >= FEWEST_PRIORITIES && named * 2 > numbered && SelfDescription.isPriorities(blocks);
    }

    @Override
    public Extraction recognise(List<String> blocks) {
        Parse parse = new Parse();
        blocks.forEach(parse::accept);
        parse.finish();
        if (parse.units.isEmpty()) {
            throw new UnrecognisedDocumentException("The document has no numbered, underlined priorities");
        }
        DocumentFacts facts = new DocumentFacts(DocumentKind.PRIORITIES, title(blocks),
                FrontMatter.date(blocks).orElse(null), null, null, null, FrontMatter.language(blocks));
        return new Extraction(facts, List.of(), parse.units, parse.warnings);
    }

    /** "Action For Peacekeeping +" and "Priorities for 2021-2023" on the cover become one title. */
    private static String title(List<String> blocks) {
        Optional<String> programme = cover(blocks, PROGRAMME);
        Optional<String> period = cover(blocks, PERIOD);
        if (programme.isPresent() && period.isPresent()) {
            return programme.get() + ": " + period.get();
        }
        return programme.or(() -> period).orElse(InlineMarkup.heading(blocks.get(0)));
    }

    private static Optional<String> cover(List<String> blocks, Pattern line) {
        return blocks.stream().limit(10).map(InlineMarkup::heading).filter(b -> line.matcher(b).matches()).findFirst();
    }

    private static boolean isHeading(String plain) {
        return plain.length() <= LONGEST_HEADING && !SENTENCE_END.matcher(plain).find()
                && !Character.isLowerCase(plain.codePointAt(0));
    }

    /** The state of one pass over the blocks. */
    private static final class Parse {
        final List<ExtractedParagraph> units = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        String heading;
        boolean crossCutting;
        boolean done;
        int number;
        int themes;
        String title;
        List<String> paragraphs;

        void accept(String block) {
            String plain = InlineMarkup.heading(block);
            Matcher priority = PRIORITY.matcher(block);
            if (done && !priority.matches() && NUMBERED.matcher(block).find()) {
                warnings.add("A numbered block after the heading \"" + heading + "\" is neither a priority nor a"
                        + " cross-cutting theme and is not read: \"" + abbreviated(plain) + "\"");
            }
            if (plain.isEmpty() || LayoutArtefacts.isArtefact(block) || done && !priority.matches()) {
                return;
            }
            if (priority.matches()) {
                finish();
                crossCutting = false;
                done = false;
                LeadPhrase lead = LeadPhrase.ofLabelled(priority.group(2));
                start(Integer.parseInt(priority.group(1)), lead.title(), lead.text());
            } else if (isHeading(plain)) {
                finish();
                done = number > 0 && crossCutting && themes > 0;
                crossCutting = number > 0;
                heading = plain;
            } else if (crossCutting && (paragraphs == null || NEXT_THEME.matcher(plain).find())) {
                finish();
                start(number + 1, null, plain);
                themes++;
            } else if (paragraphs != null) {
                paragraphs.add(plain);
            }
        }

        private static String abbreviated(String text) {
            return text.length() <= 80 ? text : text.substring(0, 77) + "...";
        }

        private void start(int next, String name, String text) {
            number = next;
            title = name;
            paragraphs = new ArrayList<>(List.of(text));
        }

        void finish() {
            if (paragraphs != null) {
                units.add(new ExtractedParagraph(number, crossCutting ? CROSS_CUTTING : PRIORITIES, heading, title,
                        String.join("\n\n", paragraphs)));
                paragraphs = null;
            }
        }
    }
}
