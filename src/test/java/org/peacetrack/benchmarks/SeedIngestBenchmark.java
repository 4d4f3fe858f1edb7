package org.peacetrack.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.peacetrack.documents.SourceReaders;
import org.peacetrack.extraction.Extraction;
import org.peacetrack.extraction.ExtractionService;

/** Warm ingest of each seed in each format: read the file, then recognise its records. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SeedIngestBenchmark {

    @Param({"000_d9792c82609c0184.txt", "001_ad453c7417d56308.txt", "002_9be763522dbe86ef.txt",
            "003_fc368e96de8c5f8d.txt", "004_4900e38f1b87d848.txt"})
    public String seed;

    @Param({"TEXT", "DOCX", "PDF"})
    public String format;

    private final SourceReaders readers = new SourceReaders();
    private final ExtractionService extraction = new ExtractionService();
    private SeedFiles file;

    @Setup
    public void render() {
        file = SeedFiles.of(seed, format);
    }

    @Benchmark
    public Extraction ingest() {
        return extraction.extract(readers.read(file.fileName(), file.content()).text());
    }
}
