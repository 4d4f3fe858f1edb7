package org.peacetrack.benchmarks;

import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.peacetrack.reporting.ReportFormat;
import org.peacetrack.reporting.addendum.Addendum;
import org.peacetrack.reporting.addendum.AddendumWriting;

/**
 * Writes an addendum of 1,000 recommendations in each format to a stream that counts and drops the bytes.
 * With -prof gc, gc.alloc.rate.norm is the memory each writing allocates.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AddendumBenchmark {

    @Param({"DOCX", "PDF", "HTML", "MD"})
    public ReportFormat format;

    private final AddendumWriting writing = new AddendumWriting();
    private Addendum addendum;

    @Setup
    public void compose() {
        addendum = AddendumWriting.session(1000);
    }

    @Benchmark
    public long write() {
        Counting out = new Counting();
        writing.write(addendum, format, out);
        return out.bytes;
    }

    static final class Counting extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
