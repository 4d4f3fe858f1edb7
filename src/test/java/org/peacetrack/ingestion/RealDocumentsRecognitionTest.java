package org.peacetrack.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.peacetrack.extraction.DocumentFacts;
import org.peacetrack.extraction.Extraction;

/**
 * The thirty real documents of ../shared/real-docs import with the kind, symbol, date (or the year of the
 * symbol's session) and numbered paragraphs that their masthead and their README state. Expectations are
 * what the document says, not what the code produces today.
 */
class RealDocumentsRecognitionTest {

    private static final Path REAL_DOCS = Path.of(System.getProperty("peacetrack.real-docs", "../shared/real-docs"));

    /**
     * Documents that still fail for a reason outside the recognisers, each with that reason. The list must
     * only shrink: a listed document that starts passing fails the test, so that it is taken off the list.
     */
    private static final Set<String> KNOWN_FAILURES = Set.of(
            // A scan without a text layer: refused with that reason unless OCR is switched on
            // (peacetrack.import.ocr, off by default), and with OCR tesseract misreads its large masthead symbol
            // ("S 202/432"); ScannedPdfOcrTest reads its date, title and paragraphs by OCR.
            "S_2002_432_scanned-image.pdf");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            A_80_590.docx                        | A/80/590                | 2026-01-07 | 2026 | 79
            A_80_590.pdf                         | A/80/590                | 2026-01-07 | 2026 | 79
            A_80_596.docx                        | A/80/596                | 2026-01-23 | 2026 | 54
            A_80_596.pdf                         | A/80/596                | 2026-01-23 | 2026 | 54
            A_80_600.docx                        | A/80/600                | 2026-01-26 | 2026 | 83
            A_80_600.pdf                         | A/80/600                | 2026-01-26 | 2026 | 83
            A_80_604_Add.1.docx                  | A/80/604/Add.1          | 2026-04-07 | 2026 | 44
            A_80_604_Add.1.pdf                   | A/80/604/Add.1          | 2026-04-07 | 2026 | 44
            A_80_604_Add.2.docx                  | A/80/604/Add.2          | 2026-04-09 | 2026 | 56
            A_80_604_Add.2.pdf                   | A/80/604/Add.2          | 2026-04-09 | 2026 | 56
            A_80_604_Add.3.docx                  | A/80/604/Add.3          | 2026-04-08 | 2026 | 37
            A_80_604_Add.3.pdf                   | A/80/604/Add.3          | 2026-04-08 | 2026 | 37
            A_80_604_Add.4.docx                  | A/80/604/Add.4          | 2026-04-08 | 2026 | 56
            A_80_604_Add.4.pdf                   | A/80/604/Add.4          | 2026-04-08 | 2026 | 56
            A_80_604_Add.5.docx                  | A/80/604/Add.5          | 2026-04-07 | 2026 | 63
            A_80_604_Add.5.pdf                   | A/80/604/Add.5          | 2026-04-07 | 2026 | 63
            A_80_604_Add.6.docx                  | A/80/604/Add.6          | 2026-04-07 | 2026 | 40
            A_80_604_Add.6.pdf                   | A/80/604/Add.6          | 2026-04-07 | 2026 | 40
            A_81_6_Sect.5.docx                   | A/81/6 (Sect. 5)/Part A | 2026-04-01 | 2026 | 5.I.1-65 5.II.1-24 5.III.1-22
            A_81_6_Sect.5.pdf                    | A/81/6 (Sect. 5)/Part A | 2026-04-01 | 2026 | 5.I.1-65 5.II.1-24 5.III.1-22
            A_AC.121_2025_INF_2.pdf              | A/AC.121/2025/INF/2     | 2025-02-03 | 2025 | -
            A_AC.121_2025_L.1.pdf                | A/AC.121/2025/L.1       | 2024-11-26 | 2024 | 9
            S_1995_444.pdf                       | S/1995/444              | 1995-05-30 | 1995 | 82
            S_1995_444_third-party-conversion.md | -                       | -          | -    | 82
            S_2002_432_scanned-image.pdf         | S/2002/432              | 2002-04-17 | 2002 | -
            S_2017_223.pdf                       | S/2017/223              | 2017-03-16 | 2017 | 67
            S_2017_604.pdf                       | S/2017/604              | 2017-07-12 | 2017 | 75
            S_2018_527.pdf                       | S/2018/527              | 2018-06-01 | 2018 | 74
            S_2018_747.pdf                       | S/2018/747              | 2018-07-30 | 2018 | 45
            S_2019_805.pdf                       | S/2019/805              | 2019-10-09 | 2019 | 71
            """)
    void everyRealDocumentImportsAsAUnitedNationsDocumentWithItsMasthead(String file, String symbol, LocalDate date,
            Integer year, String numberedParagraphs) throws IOException {
        Path path = REAL_DOCS.resolve(file);
        assumeTrue(Files.isRegularFile(path), "The real documents are not beside the checkout (" + REAL_DOCS.toAbsolutePath()
                + "); this test reads ../shared/real-docs");
        List<String> failures = failures(Files.readAllBytes(path), file, symbol, date, year, numberedParagraphs);
        if (KNOWN_FAILURES.contains(file)) {
            assertThat(failures).as(file + " is listed as a known failure but now passes: take it off the list").isNotEmpty();
        } else {
            assertThat(failures).as(file).isEmpty();
        }
    }

    private static List<String> failures(byte[] content, String file, String symbol, LocalDate date, Integer year,
            String numberedParagraphs) {
        List<String> failures = new ArrayList<>();
        Extraction extraction;
        try {
            extraction = ImportPreview.standalone().preview(file, content, null).extraction();
        } catch (ImportRejectedException e) {
            return List.of("refused: " + e.getMessage());
        }
        DocumentFacts facts = extraction.document();
        expect(failures, "kind", "UN_DOCUMENT", facts.kind().name());
        expect(failures, "symbol", symbol, facts.symbol());
        expect(failures, "date", date, facts.date());
        expect(failures, "year", year, facts.year());
        expect(failures, "title", true, facts.title() != null && !facts.title().isBlank());
        List<String> numbers = extraction.paragraphs().stream()
                .map(p -> p.label() != null ? p.label() : String.valueOf(p.number())).toList();
        if (numberedParagraphs != null) {
            expect(failures, "paragraph numbers " + numberedParagraphs, printed(numberedParagraphs), numbers);
        } else {
            expect(failures, "paragraphs in order", true, !numbers.isEmpty());
        }
        return failures;
    }

    /** "79" is 1 to 79; "5.I.1-65 5.II.1-3" is 5.I.1 to 5.I.65 then 5.II.1 to 5.II.3. */
    private static List<String> printed(String ranges) {
        List<String> numbers = new ArrayList<>();
        for (String range : ranges.split(" ")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(.*?)(\\d+)-(\\d+)").matcher(range);
            String prefix = m.matches() ? m.group(1) : "";
            int from = m.matches() ? Integer.parseInt(m.group(2)) : 1;
            int to = m.matches() ? Integer.parseInt(m.group(3)) : Integer.parseInt(range);
            java.util.stream.IntStream.rangeClosed(from, to).forEach(n -> numbers.add(prefix + n));
        }
        return numbers;
    }

    private static void expect(List<String> failures, String what, Object expected, Object actual) {
        if (!java.util.Objects.equals(expected, actual)) {
            String shown = String.valueOf(actual);
            failures.add(what + ": expected " + expected + " but was " + (shown.length() > 300 ? shown.substring(0, 300) + "..." : shown));
        }
    }
}
