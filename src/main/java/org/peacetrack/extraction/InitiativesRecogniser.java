package org.peacetrack.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.peacetrack.documents.DocumentKind;

/**
 * Recognises the Secretariat's summary of initiatives: Roman sections and lettered subsections, each with
 * initiatives numbered from 1 and named by a bold-italic lead. The converter often runs an initiative's
 * lines into the block of the one before, so blocks are split where the numbering continues.
 */
final class InitiativesRecogniser implements Recogniser {

    private static final Pattern BOLD_ITALIC_ITEM = Pattern.compile("(?:^|\\s)\\d{1,2}\\.\\s+\\*{3}\\S");
    private static final Pattern ITEM_START = Pattern.compile("(?:^|(?<=\\s))(\\d{1,2})\\.\\s+(?=[A-Z*_<])");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’')]?$");
    private static final int FEWEST_INITIATIVES = 3;

    @Override
    public DocumentKind kind() {
        return DocumentKind.INITIATIVES_SUMMARY;
    }

    @Override
    public boolean accepts(List<String> blocks) {
        long initiatives = blocks.stream().mapToLong(b -> BOLD_ITALIC_ITEM.matcher(b).results().count()).sum();
        return initiatives >= FEWEST_INITIATIVES && SelfDescription.isInitiativesSummary(blocks);
    }

    @Override
    public Extraction recognise(List<String> blocks) {
        Parse parse = new Parse();
        blocks.forEach(parse::accept);
        parse.finish();
        if (parse.initiatives.isEmpty()) {
            throw new UnrecognisedDocumentException("The summary has no numbered initiatives");
        }
        String title = blocks.isEmpty() ? null : InlineMarkup.heading(blocks.get(0));
        DocumentFacts facts = new DocumentFacts(DocumentKind.INITIATIVES_SUMMARY, title,
                FrontMatter.date(blocks).orElse(null), null, null, FrontMatter.session(blocks).orElse(null),
                FrontMatter.language(blocks));
        return new Extraction(facts, List.of(), parse.initiatives, parse.warnings);
    }

    /** The state of one pass over the blocks. */
    private static final class Parse {
        final List<ExtractedParagraph> initiatives = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        final Outline outline = new Outline();
        int number;
        StringBuilder current;
        List<String> path;
        String heading;

        void accept(String block) {
            if (outline.accept(block)) {
                finish();
                number = 0;
                return;
            }
            if (!outline.started() || LayoutArtefacts.isArtefact(block)) {
                return;
            }
            int from = 0;
            Matcher m = ITEM_START.matcher(block);
            while (m.find()) {
                boolean opensItem = m.start() == 0 || block.charAt(m.start() - 1) == '\n' || block.startsWith("***", m.end());
                if (opensItem && Integer.parseInt(m.group(1)) != number + 1 && current != null) {
                    warnings.add("A block numbered " + m.group(1) + " after initiative " + number + " of section "
                            + String.join(".", outline.path()) + " does not continue the numbering and is kept as part"
                            + " of initiative " + number);
                }
                if (Integer.parseInt(m.group(1)) == number + 1) {
                    continueWith(block.substring(from, m.start()));
                    finish();
                    start(Integer.parseInt(m.group(1)));
                    from = m.end();
                }
            }
            continueWith(block.substring(from));
        }

        private void start(int next) {
            number = next;
            current = new StringBuilder();
            path = outline.path();
            heading = outline.heading();
        }

        /** Text that visibly continues the initiative (cut by a page break) joins it; other prose ends it. */
        private void continueWith(String piece) {
            String text = piece.strip();
            if (text.isEmpty() || current == null) {
                return;
            }
            boolean open = current.length() == 0 || !SENTENCE_END.matcher(InlineMarkup.plain(current.toString())).find();
            if (open || Character.isLowerCase(text.codePointAt(0))) {
                current.append(current.length() == 0 ? "" : " ").append(text);
            } else {
                finish();
            }
        }

        void finish() {
            if (current != null) {
                LeadPhrase lead = LeadPhrase.of(current.toString());
                initiatives.add(new ExtractedParagraph(number, path, heading, lead.title(), lead.text()));
                current = null;
            }
        }
    }
}
