package org.peacetrack.documents;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The real UN documents beside the checkout (../shared/real-docs), read where they are and never copied.
 * Tests that need them are skipped, saying so, when the folder is absent.
 */
public final class RealDocuments {

    /** One row of the folder's README: file, UN symbol and the approximate count of numbered paragraphs. */
    record Listed(String file, String symbol, int numberedParagraphs) {
    }

    public static final Path FOLDER = Path.of("..", "shared", "real-docs");

    private RealDocuments() {
    }

    static void assumePresent() {
        assumeTrue(Files.isRegularFile(FOLDER.resolve("README.md")),
                "the real documents are not beside the checkout (" + FOLDER.toAbsolutePath().normalize()
                        + "); tests that read them are skipped");
    }

    /** Names (without extension) of the documents published both as PDF and as DOCX. */
    static List<String> pairs() {
        if (!Files.isDirectory(FOLDER)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".docx"))
                    .map(n -> n.substring(0, n.length() - ".docx".length()))
                    .filter(base -> Files.isRegularFile(FOLDER.resolve(base + ".pdf"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Listed> listed() {
        try (Stream<String> lines = Files.lines(FOLDER.resolve("README.md"))) {
            return lines.filter(line -> line.startsWith("- **")).map(RealDocuments::row)
                    .collect(Collectors.toMap(Listed::file, row -> row));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SourceText read(String file) {
        try {
            return new SourceReaders().read(file, Files.readAllBytes(FOLDER.resolve(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Listed row(String line) {
        String[] columns = line.split(" \\| ");
        String file = columns[0].replace("- **", "").replace("**", "").strip();
        return new Listed(file, columns[1].strip(), Integer.parseInt(columns[6].strip()));
    }
}
