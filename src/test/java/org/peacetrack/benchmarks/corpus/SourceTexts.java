package org.peacetrack.benchmarks.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The sentences of the seed documents (text) and of the real documents (Word files: their
 * word/document.xml, one paragraph per w:p), read at run time from ../shared and never copied into the
 * project. They train the corpus's word model ({@link WordModel}).
 */
final class SourceTexts {

    private SourceTexts() {
    }

    static List<String> sentences(Path seeds, Path realDocs) {
        List<String> paragraphs = new ArrayList<>();
        for (Path file : files(seeds, ".txt")) {
            paragraphs.addAll(List.of(read(file).replaceAll("<[^>]+>|[*#_\\[\\]|]", " ").split("\\n\\s*\\n")));
        }
        for (Path file : files(realDocs, ".docx")) {
            paragraphs.addAll(docxParagraphs(file));
        }
        List<String> sentences = new ArrayList<>();
        for (String paragraph : paragraphs) {
            for (String s : paragraph.split("(?<=[.;])\\s+(?=[A-Z])")) {
                String clean = s.replaceAll("\\s+", " ").strip();
                if (clean.length() >= 30 && Character.isUpperCase(clean.charAt(0))) {
                    sentences.add(clean);
                }
            }
        }
        return sentences;
    }

    private static List<Path> files(Path folder, String suffix) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> docxParagraphs(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry body = zip.getEntry("word/document.xml");
            if (body == null) {
                return List.of();
            }
            String xml = new String(zip.getInputStream(body).readAllBytes(), StandardCharsets.UTF_8);
            List<String> paragraphs = new ArrayList<>();
            for (String p : xml.split("</w:p>")) {
                String text = p.replaceAll("<w:tab/>", " ").replaceAll("<[^>]+>", "").replace("&amp;", "&")
                        .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'");
                if (!text.isBlank()) {
                    paragraphs.add(text);
                }
            }
            return paragraphs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
