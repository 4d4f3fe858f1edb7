package org.peacetrack.documents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.peacetrack.documents.PdfLines.Line;

/**
 * Undoes a PDF's page layout: drops running headers and footers, moves footnote definitions from the page
 * bottoms to the end, re-flows lines into blocks, keeps a paragraph that runs over a page end whole (the
 * page marker follows it) and emits {@code ---} between pages.
 */
final class PdfLayout {

    private final List<PdfGlyphs.Page> pages;
    private final Blocks out = new Blocks();

    PdfLayout(List<PdfGlyphs.Page> pages) {
        this.pages = pages;
    }

    SourceText read() {
        List<List<Line>> lines = PdfRunningLines.strip(
                pages.stream().map(p -> PdfLines.of(p.glyphs())).toList(),
                pages.stream().map(PdfGlyphs.Page::height).toList());
        float bodySize = PdfMetrics.bodySize(lines);
        float leading = PdfMetrics.leading(lines, bodySize);
        PdfFootnotes footnotes = new PdfFootnotes(bodySize);
        List<List<Line>> bodies = lines.stream().map(footnotes::takeFrom).toList();
        List<String> allLines = new ArrayList<>();
        lines.forEach(page -> page.forEach(line -> allLines.add(line.text())));
        HyphenJoiner joiner = new HyphenJoiner(allLines);
        List<List<PdfBlock>> blocks = bodies.stream().map(body -> PdfParagraphs.of(body, leading)).toList();
        if (blocks.stream().allMatch(List::isEmpty) && footnotes.definitions().isEmpty()) {
            throw new UnreadableDocumentException("the PDF holds no extractable text (is it a scan without OCR?)");
        }
        emit(blocks, joiner, bodySize);
        if (!footnotes.definitions().isEmpty()) {
            out.pageEnd();
            footnotes.definitions().forEach(definition -> out.block(definition.text(joiner)));
        }
        return out.toSourceText(SourceFormat.PDF);
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
                if (!blocks.isEmpty() && continues(open, blocks.get(0), bodySize)) {
                    open.lines.addAll(blocks.remove(0).lines);
                }
                write(open, joiner, bodySize);
                open = null;
            }
            out.pageEnd();
            tableHeaders.forEach(header -> write(header, joiner, bodySize));
            for (int i = 0; i < blocks.size(); i++) {
                PdfBlock block = blocks.get(i);
                boolean last = i == blocks.size() - 1;
                if (last && block.endsOpen() && block.headingLevel(bodySize) == 0) {
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

    private static boolean continues(PdfBlock open, PdfBlock next, float bodySize) {
        return next.lead == null && next.headingLevel(bodySize) == 0
                && Math.abs(next.x - open.x) <= next.size && Math.abs(next.size - open.size) <= 0.5f;
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

    private void write(PdfBlock block, HyphenJoiner joiner, float bodySize) {
        int level = block.headingLevel(bodySize);
        if (level > 0) {
            out.heading(level, block.text(joiner));
        } else {
            out.block(block.text(joiner));
        }
    }
}
