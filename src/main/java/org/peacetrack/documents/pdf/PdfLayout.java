package org.peacetrack.documents.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.peacetrack.documents.SourceFormat;
import org.peacetrack.documents.SourceText;
import org.peacetrack.documents.TextRepair;
import org.peacetrack.documents.UnreadableDocumentException;
import org.peacetrack.documents.format.Blocks;
import org.peacetrack.documents.pdf.PdfLines.Line;

/**
 * Undoes a PDF's page layout: drops running headers and footers, moves footnote definitions from the page
 * bottoms to the end, re-flows lines into blocks, keeps a paragraph that runs over a page end whole (the
 * page marker follows it) and emits {@code ---} between pages.
 */
final class PdfLayout {

    private final List<PdfGlyphs.Page> pages;
    private final Blocks out = new Blocks();
    private boolean spacesAtLineEnds;

    PdfLayout(List<PdfGlyphs.Page> pages) {
        this.pages = pages;
    }

    SourceText read() {
        List<List<Line>> placed = new ArrayList<>(pages.stream().map(p -> PdfLines.of(p.glyphs())).toList());
        rejectWithoutTextLayer(placed);
        // The first page's columns are put in order before its masthead is read, so that the masthead ends
        // where the left column says it does; the other pages' after their running heads are gone.
        placed.set(0, PdfColumns.inReadingOrder(placed.get(0)));
        int masthead = PdfMasthead.length(placed.get(0), pages.get(0).height());
        PdfMasthead.lines(placed.get(0).subList(0, masthead)).forEach(out::block);
        placed.set(0, placed.get(0).subList(masthead, placed.get(0).size()));
        List<List<Line>> lines = new ArrayList<>(PdfRunningLines.strip(placed, pages.stream().map(PdfGlyphs.Page::height).toList()));
        for (int p = 1; p < lines.size(); p++) {
            lines.set(p, PdfColumns.inReadingOrder(lines.get(p)));
        }
        warnUnplaced(placed);
        float bodySize = PdfMetrics.bodySize(lines);
        float leading = PdfMetrics.leading(lines, bodySize);
        PdfFootnotes footnotes = new PdfFootnotes(bodySize);
        List<List<Line>> bodies = lines.stream().map(footnotes::takeFrom).toList();
        List<String> allLines = new ArrayList<>();
        lines.forEach(page -> page.forEach(line -> allLines.add(line.text())));
        // Where the producer sets a space glyph at the end of a line it wraps, a line without one broke otherwise.
        spacesAtLineEnds = lines.stream().flatMap(List::stream).anyMatch(Line::spaceAtEnd);
        HyphenJoiner joiner = new HyphenJoiner(allLines, spacesAtLineEnds);
        List<List<PdfBlock>> blocks = bodies.stream().map(body -> PdfParagraphs.of(body, leading, spacesAtLineEnds)).toList();
        emit(blocks, joiner, bodySize);
        if (!footnotes.definitions().isEmpty()) {
            out.pageEnd();
            footnotes.definitions().forEach(definition -> out.block(definition.text(joiner)));
        }
        out.repaired(ligatureRepairs());
        out.repaired(joiner.repairs());
        return out.toSourceText(SourceFormat.PDF);
    }

    /** Each ligature glyph written as its letters, once per ligature with the pages and times it was met. */
    private List<TextRepair> ligatureRepairs() {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        pages.forEach(page -> page.ligatures().forEach((ligature, n) -> counts.merge(ligature, n, Integer::sum)));
        List<TextRepair> repairs = new ArrayList<>();
        counts.forEach((ligature, n) -> repairs.add(new TextRepair(ligature,
                java.text.Normalizer.normalize(ligature, java.text.Normalizer.Form.NFKC), "one glyph set for "
                        + "several letters (a ligature), " + n + " times: its letters are Unicode's decomposition")));
        return repairs;
    }

    /** A scan has images and no text: say so rather than return an empty document. */
    private void rejectWithoutTextLayer(List<List<Line>> placed) {
        if (placed.stream().allMatch(List::isEmpty)) {
            long images = pages.stream().filter(PdfGlyphs.Page::images).count();
            throw new UnreadableDocumentException(images > 0
                    ? "the PDF has no text layer: its " + pages.size() + " pages are images (a scan); "
                            + "run OCR on it first, or import the document's DOCX or text version"
                    : "the PDF holds no text on any of its " + pages.size() + " pages");
        }
    }

    private void warnUnplaced(List<List<Line>> placed) {
        for (int p = 0; p < pages.size(); p++) {
            PdfGlyphs.Page page = pages.get(p);
            if (page.unplaced() > 0) {
                out.warn("Page " + page.number() + ": " + page.unplaced() + " characters set in another direction"
                        + " (turned text) were left out");
            }
            if (placed.get(p).isEmpty() && page.images() && p > 0) {
                out.warn("Page " + page.number() + " has no text layer (it is an image); its content is not read");
            }
        }
    }

    private void emit(List<List<PdfBlock>> pageBlocks, HyphenJoiner joiner, float bodySize) {
        Map<String, Integer> pageTops = repeatedPageTops(pageBlocks);
        PdfBlock open = null;
        for (int p = 0; p < pageBlocks.size(); p++) {
            List<PdfBlock> blocks = new ArrayList<>(pageBlocks.get(p));
            List<PdfBlock> tableHeaders = new ArrayList<>();
            while (!blocks.isEmpty() && pageTops.getOrDefault(blocks.get(0).firstLine(), 0) > 1) {
                tableHeaders.add(blocks.remove(0));
            }
            if (open != null) {
                if (!blocks.isEmpty() && continues(open, blocks.get(0), bodySize) && !resumesAfterLinks(blocks)) {
                    open.addAll(blocks.remove(0));
                }
                write(open, joiner, bodySize);
                open = null;
            }
            if (p > 0) {
                out.pageEnd();
            }
            tableHeaders.forEach(header -> write(header, joiner, bodySize));
            for (int i = 0; i < blocks.size(); i++) {
                PdfBlock block = blocks.get(i);
                boolean last = i == blocks.size() - 1;
                if (last && (block.endsOpen() || block.endsFull) && block.headingLevel(bodySize) == 0 && !block.webAddresses()) {
                    open = block;
                } else {
                    write(block, joiner, bodySize);
                }
            }
        }
        if (open != null) {
            write(open, joiner, bodySize);
        }
    }

    /**
     * Whether the next page's first block goes on with the paragraph the page left open (mid-sentence, or
     * with a full last line): set alike, without a paragraph number, and no heading unless it starts in
     * lower case, as no heading does, or the page's last line ran to the margin; a link list never does. Text
     * that goes on with a sentence the page left open in lower case does so wherever it is set (no paragraph
     * or heading opens in lower case); other text must align with the open paragraph.
     */
    private boolean continues(PdfBlock open, PdfBlock next, float bodySize) {
        Line last = open.lines.get(open.lines.size() - 1);
        return next.lead == null && !PdfParagraphs.opensParagraph(next.firstLine())
                && !PdfParagraphs.opensLinkList(last, next.lines.get(0), spacesAtLineEnds)
                && (next.headingLevel(bodySize) == 0 || startsInLowerCase(next) || open.endsFull)
                && (alignsWith(open, next) || open.endsOpen() && startsInLowerCase(next))
                && Math.abs(next.size - open.size) <= 0.5f;
    }

    /**
     * The next page's text starts where the open paragraph's lines after the first start (a first line may be
     * indented, or its number hang in the margin: "5.II.12  In response ..."); after a paragraph of one line,
     * where that line or its second word starts.
     */
    private static boolean alignsWith(PdfBlock open, PdfBlock next) {
        if (open.lineCount() > 1) {
            return Math.abs(next.x - open.lines.get(open.lines.size() - 1).x()) <= next.size / 2;
        }
        float secondWord = open.lines.get(0).secondWord();
        return Math.abs(next.x - open.x) <= next.size || Math.abs(next.x - secondWord) <= next.size / 2;
    }

    private static boolean startsInLowerCase(PdfBlock block) {
        String text = block.firstLine().replaceFirst("^(?:\\*{1,3}|<u>)", "");
        return !text.isEmpty() && Character.isLowerCase(text.codePointAt(0));
    }

    /** Texts that open several pages: a table's repeated column header. */
    private static Map<String, Integer> repeatedPageTops(List<List<PdfBlock>> pageBlocks) {
        Map<String, Integer> counts = new HashMap<>();
        for (List<PdfBlock> blocks : pageBlocks) {
            if (!blocks.isEmpty() && blocks.get(0).lines.size() <= 3) {
                counts.merge(blocks.get(0).firstLine(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /**
     * Whether the page opens with blocks of web addresses alone and then text in lower case: the open sentence
     * resumes there, set apart from the addresses, so they are a link list put inside it, not its rest.
     */
    private static boolean resumesAfterLinks(List<PdfBlock> blocks) {
        int i = 0;
        while (i < blocks.size() && blocks.get(i).webAddresses()) {
            i++;
        }
        return i > 0 && i < blocks.size() && startsInLowerCase(blocks.get(i));
    }

    private void write(PdfBlock block, HyphenJoiner joiner, float bodySize) {
        int level = block.headingLevel(bodySize);
        if (level > 0) {
            out.heading(level, block.text(joiner));
        } else {
            out.block(block.text(joiner));
        }
    }
}
