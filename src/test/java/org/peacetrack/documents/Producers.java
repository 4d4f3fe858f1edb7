package org.peacetrack.documents;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.peacetrack.documents.fixtures.SeedRenditions;
import org.peacetrack.testing.Seeds;

/**
 * Makes renditions of a seed with the producers the Secretariat's readers meet, at test time: pandoc
 * (Markdown to DOCX, paragraphs numbered by Word lists), LibreOffice (DOCX to DOCX or PDF) and Chromium
 * (HTML printed to PDF). A test
 * is skipped, saying which program is missing, when the producer is not installed.
 */
final class Producers {

    private static final long TIMEOUT_SECONDS = 180;

    private Producers() {
    }

    private static Path libreOfficeProfile;

    static void assumeInstalled(String program) {
        assumeTrue(onPath(program), program + " is not installed; renditions by it are not tested here (CI installs it)");
    }

    /**
     * The seed through pandoc, which numbers its lists with Word's automatic numbering. Superscript marks are
     * written in pandoc's own syntax so that they survive, and every numbered paragraph or roman-numbered
     * heading opens a list of its own (after a blank line and an empty comment): pandoc would otherwise
     * renumber "19." that follows "1." as "2.", or read "I. Introduction" as part of the paragraph before;
     * a year alone on a line ("2017.") is escaped, or pandoc drops it as an empty list item.
     */
    static byte[] pandocDocx(String seed, Path work) {
        String text = Seeds.text(seed).replaceAll("<sup>([^<]*)</sup>", "^$1^")
                .replaceAll("(?m)^( {0,3}\\d+)\\.(\\s*)$", "$1\\\\.$2")
                .replaceAll("(?m)^( {0,3}(?:\\d{1,3}|[IVXL]{1,6})\\.\\s)", "\n<!-- -->\n\n$1");
        Path markdown = SeedRenditions.write(work, "seed.md", text.getBytes(StandardCharsets.UTF_8));
        Path docx = work.resolve("seed.docx");
        run(work, "pandoc", "--from", "markdown-smart+hard_line_breaks", "--to", "docx", "--output", docx.toString(),
                markdown.toString());
        return read(docx);
    }

    /**
     * A file converted by LibreOffice, with a profile of this JVM's own: parallel test JVMs do not collide, and
     * the profile is made once (seconds each time) for the JVM's conversions, which run one after another.
     */
    static byte[] libreOffice(Path input, String targetFormat, Path work) {
        return libreOffice(List.of(input), targetFormat, work).get(input);
    }

    /**
     * Files converted by one LibreOffice run, which is mostly its start-up (seconds): each by its input. The
     * inputs' names, without their extension, must differ.
     */
    static synchronized Map<Path, byte[]> libreOffice(List<Path> inputs, String targetFormat, Path work) {
        Path out = work.resolve("lo-" + targetFormat);
        List<String> command = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + libreOfficeProfile().toUri(),
                "--headless", "--norestore", "--convert-to", targetFormat, "--outdir", out.toString()));
        inputs.forEach(input -> command.add(input.toString()));
        run(work, command.toArray(String[]::new));
        Map<Path, byte[]> converted = new LinkedHashMap<>();
        for (Path input : inputs) {
            String name = input.getFileName().toString();
            converted.put(input, read(out.resolve(name.substring(0, name.lastIndexOf('.')) + "." + targetFormat)));
        }
        return converted;
    }

    private static Path libreOfficeProfile() {
        if (libreOfficeProfile == null) {
            try {
                libreOfficeProfile = Files.createTempDirectory("peacetrack-lo-profile");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return libreOfficeProfile;
    }

    /**
     * An HTML page printed to PDF by headless Chromium, without the header and footer lines Chromium adds
     * (date, title, address), as a reader's browser prints it.
     */
    static byte[] chromiumPdf(Path html, Path work) {
        Path pdf = work.resolve("chromium.pdf");
        run(work, "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                "--user-data-dir=" + work.resolve("chromium-profile-" + UUID.randomUUID()),
                "--print-to-pdf=" + pdf, html.toUri().toString());
        return read(pdf);
    }

    private static void run(Path work, String... command) {
        try {
            Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                    .redirectOutput(work.resolve(command[0] + ".log").toFile()).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(command[0] + " did not finish in " + TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(command[0] + " failed (" + process.exitValue() + "): "
                        + Files.readString(work.resolve(command[0] + ".log")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(folder -> Files.isExecutable(Path.of(folder, program)));
    }
}
