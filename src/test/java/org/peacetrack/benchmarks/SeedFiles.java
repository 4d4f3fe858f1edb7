package org.peacetrack.benchmarks;

import org.peacetrack.documents.fixtures.SeedRenditions;
import org.peacetrack.testing.Seeds;

/** A seed as a file of one format, with a file name that says the format. */
record SeedFiles(String fileName, byte[] content) {

    static SeedFiles of(String seed, String format) {
        return switch (format) {
            case "TEXT" -> new SeedFiles(seed, Seeds.bytes(seed));
            case "DOCX" -> new SeedFiles(seed + ".docx", SeedRenditions.docx(seed));
            case "PDF" -> new SeedFiles(seed + ".pdf", SeedRenditions.pdf(seed, "A/00/000", "00-00000"));
            default -> throw new IllegalArgumentException("No rendition in " + format);
        };
    }
}
