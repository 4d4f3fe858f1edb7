package org.peacetrack.documents.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.peacetrack.documents.SourceReaders;
import org.peacetrack.documents.SourceText;

/** Diagnostic, not a check: writes what the readers make of each real document to a folder for comparison. */
@EnabledIfSystemProperty(named = "peacetrack.dump", matches = ".+")
class RealDocumentsDump {

    private static String lines(byte[] content) throws java.io.IOException {
        StringBuilder out = new StringBuilder();
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(content)) {
            for (PdfGlyphs.Page page : PdfGlyphs.of(document)) {
                out.append("=== page ").append(page.number()).append(" height ").append(page.height()).append('\n');
                for (PdfLines.Line l : PdfLines.of(page.glyphs())) {
                    out.append(String.format("%7.1f %6.1f %6.1f %5.1f %s %s| %s%n", l.baseline(), l.x(), l.end(), l.size(),
                            l.bold() ? "B" : "-", l.lead() == null ? "" : l.lead(), l.text()));
                }
            }
        }
        return out.toString();
    }

    @Test
    void dump() throws Exception {
        Path to = Path.of(System.getProperty("peacetrack.dump"));
        Files.createDirectories(to);
        Files.writeString(to.resolve("classpath"), System.getProperty("surefire.test.class.path", ""));
        SourceReaders readers = new SourceReaders();
        try (Stream<Path> files = Files.list(Path.of("../shared/real-docs"))) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".pdf") && !name.endsWith(".docx")) {
                    continue;
                }
                long start = System.nanoTime();
                String out;
                try {
                    SourceText text = readers.read(name, Files.readAllBytes(file));
                    out = text.text() + "\n=== WARNINGS\n" + String.join("\n", text.warnings());
                } catch (RuntimeException e) {
                    out = "FAILED " + e;
                }
                Files.writeString(to.resolve(name + ".txt"), out);
                if (name.endsWith(".pdf")) {
                    Files.writeString(to.resolve(name + ".lines"), lines(Files.readAllBytes(file)));
                }
                System.out.println(name + " " + (System.nanoTime() - start) / 1_000_000 + " ms");
            }
        }
    }
}
