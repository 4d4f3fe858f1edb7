package org.peacetrack.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.peacetrack.documents.SourceReaders;
import org.peacetrack.documents.SourceText;
import org.peacetrack.documents.fixtures.SeedRenditions;
import org.peacetrack.documents.pdf.PdfBoxStage;
import org.peacetrack.extraction.Extraction;
import org.peacetrack.extraction.ExtractionService;
import org.peacetrack.testing.Seeds;

/**
 * A PDF of at least 100 pages (the addendum repeated): the whole ingest, the read alone, and the PDFBox
 * stage of the read alone (parse and glyph placement), whose ratio to the read is PDFBox's share.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LargePdfBenchmark {

    static final int PAGES = 100;

    private final SourceReaders readers = new SourceReaders(Long.MAX_VALUE);
    private final ExtractionService extraction = new ExtractionService();
    private byte[] pdf;

    @Setup
    public void render() {
        pdf = SeedRenditions.largePdf(Seeds.ADDENDUM_2024, PAGES);
    }

    @Benchmark
    public Extraction ingest() {
        return extraction.extract(read().text());
    }

    @Benchmark
    public SourceText read() {
        return readers.read("large.pdf", pdf);
    }

    @Benchmark
    public int pdfBoxStage() {
        return PdfBoxStage.glyphs(pdf);
    }
}
