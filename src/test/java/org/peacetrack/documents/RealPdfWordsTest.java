package org.peacetrack.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No word of a real UN PDF is changed by the reader: every word it gives is a word of PDFBox's plain
 * extraction of the same file (in stream or position order), the two halves of a word that file wraps at
 * a hyphen, or two pieces that extraction sets apart where the glyphs nearly touch; and the phrases that
 * a vocabulary join once fused ("as set out" into "asset out") stay apart wherever the PDF has them.
 */
class RealPdfWordsTest {

    static final Path REAL_DOCS = Path.of("../shared/real-docs");
    private static final Pattern EDGES = Pattern.compile("^[^\\p{L}\\p{N}$%]+|[^\\p{L}\\p{N}%]+$");

    static Stream<String> realPdfs() throws IOException {
        if (!Files.isDirectory(REAL_DOCS)) {
            return Stream.of("(absent)");
        }
        try (Stream<Path> files = Files.list(REAL_DOCS)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".pdf"))
                    .filter(n -> !n.contains("scanned")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realPdfs")
    void everyWordTheReaderGivesIsAWordOfThePdf(String name) throws IOException {
        assumeTrue(Files.isDirectory(REAL_DOCS), "the real documents are not beside the checkout (../shared/real-docs)");
        byte[] content = Files.readAllBytes(REAL_DOCS.resolve(name));
        String raw;
        Set<String> known;
        try (PDDocument document = Loader.loadPDF(content)) {
            raw = new PDFTextStripper().getText(document);
            PDFTextStripper byPosition = new PDFTextStripper();
            byPosition.setSortByPosition(true);
            known = words(normal(raw));
            known.addAll(words(normal(byPosition.getText(document))));
        }
        String read = normal(new SourceReaders().read(name, content).text().replaceAll("(?m)</?u>|\\*+|^#+ |^---$", ""));
        Set<String> unknown = new LinkedHashSet<>();
        for (String token : read.split("\\s+")) {
            String word = EDGES.matcher(token.replaceAll("</?sup>", "")).replaceAll("");
            String unmarked = EDGES.matcher(token.replaceAll("<sup>[^<]*</sup>", "")).replaceAll("");
            if (!word.isEmpty() && !known.contains(word) && !known.contains(unmarked) && !wrappedAtHyphen(word, known)) {
                unknown.add(word);
            }
        }
        String context = unknown.stream().filter(w -> w.contains("-")).findFirst().map(w -> {
            String n = normal(raw);
            int at = n.indexOf(w.substring(0, w.indexOf('-')));
            return at < 0 ? "" : n.substring(at, Math.min(n.length(), at + 40)).replace("\n", "\\n").chars()
                    .mapToObj(c -> c < 128 ? String.valueOf((char) c) : String.format("\\u%04x", c)).reduce("", String::concat);
        }).orElse("");
        assertThat(unknown).as("words of the reader that the PDF does not have " + context).isEmpty();
    }

    /** PDFBox's plain extraction writes compatibility forms (NFKC) and one hyphen for all its variants. */
    private static String normal(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\u2010\u2011]", "-");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realPdfs")
    void phrasesThatAVocabularyJoinUsedToBreakAreKept(String name) throws IOException {
        assumeTrue(Files.isDirectory(REAL_DOCS), "the real documents are not beside the checkout (../shared/real-docs)");
        byte[] content = Files.readAllBytes(REAL_DOCS.resolve(name));
        String raw;
        try (PDDocument document = Loader.loadPDF(content)) {
            raw = String.join(" ", new PDFTextStripper().getText(document).split("\\s+"));
        }
        String read = String.join(" ", new SourceReaders().read(name, content).text().split("\\s+"));
        for (String phrase : List.of("as set out", "the re-establishment", "in direct", "a long", "a broad", "a round",
                "up on", "in active", "break down", "hand over", "draw down", "task force")) {
            assertThat(count(read, phrase)).as(phrase).isGreaterThanOrEqualTo(count(raw, phrase) > 0 ? 1 : 0);
        }
    }

    private static long count(String text, String phrase) {
        return Pattern.compile("\\b" + Pattern.quote(phrase) + "\\b").matcher(text).results().count();
    }

    /** A compound that the PDF wraps at its hyphen: both parts are words of the PDF ("troop-" / "contributing"). */
    private static boolean wrappedAtHyphen(String word, Set<String> known) {
        for (int i = word.indexOf('-'); i > 0 && i < word.length() - 1; i = word.indexOf('-', i + 1)) {
            if (known.contains(word.substring(0, i + 1)) && known.contains(word.substring(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Two tokens that PDFBox's plain extraction sets apart where the glyphs nearly touch ("Alger ia",
     * "Ivanović ’s"): one of them is no token of its own anywhere else, or the second is no word.
     */
    private static boolean splitByGlyphGap(String first, String second, Map<String, Integer> occurrences) {
        return !Character.isLetterOrDigit(second.codePointAt(0)) && Character.isLetter(first.codePointBefore(first.length()))
                || occurrences.get(first) == 1 || occurrences.get(second) == 1;
    }

    /** The PDF's words, and for each line that ends in a hyphen the word joined without and with it. */
    static Set<String> words(String raw) {
        Set<String> words = new HashSet<>();
        List<String> lines = raw.lines().map(String::strip).toList();
        Map<String, Integer> occurrences = new HashMap<>();
        for (String token : raw.split("\\s+")) {
            occurrences.merge(token, 1, Integer::sum);
        }
        for (String line : lines) {
            String[] tokens = line.split("\\s+");
            for (int t = 1; t < tokens.length; t++) {
                if (splitByGlyphGap(tokens[t - 1], tokens[t], occurrences)) {
                    words.add(EDGES.matcher(tokens[t - 1] + tokens[t]).replaceAll(""));
                }
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            String[] tokens = lines.get(i).split("\\s+");
            for (String token : tokens) {
                words.add(EDGES.matcher(token).replaceAll(""));
                if (token.endsWith("-")) {
                    words.add(token.replaceFirst("^[^\\p{L}\\p{N}$%]+", ""));
                }
            }
            String last = tokens[tokens.length - 1];
            if (last.equals("-") && tokens.length > 1) {
                last = tokens[tokens.length - 2] + "-";
                words.add(last.replaceFirst("^[^\\p{L}\\p{N}$%]+", ""));
            }
            if (last.endsWith("-") && i + 1 < lines.size() && !lines.get(i + 1).isEmpty()) {
                String head = lines.get(i + 1).split("\\s+")[0];
                words.add(EDGES.matcher(last.substring(0, last.length() - 1) + head).replaceAll(""));
                words.add(EDGES.matcher(last + head).replaceAll(""));
            }
        }
        return words;
    }
}
