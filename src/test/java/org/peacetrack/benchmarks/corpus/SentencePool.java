package org.peacetrack.benchmarks.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/** Sentences of the five seed documents, read at run time, from which synthetic texts are drawn. */
final class SentencePool {

    private final List<String> sentences = new ArrayList<>();

    SentencePool(Path seeds) {
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                for (String s : Files.readString(file).replaceAll("<[^>]+>|[*#_\\[\\]]", " ").split("(?<=[.;])\\s+")) {
                    String clean = s.replaceAll("\\s+", " ").strip();
                    if (clean.length() >= 60 && clean.length() <= 400 && Character.isUpperCase(clean.charAt(0))) {
                        sentences.add(clean);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String text(Random random, int minSentences, int maxSentences) {
        int n = minSentences + random.nextInt(maxSentences - minSentences + 1);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            text.append(i == 0 ? "" : " ").append(sentences.get(random.nextInt(sentences.size())));
        }
        return text.toString();
    }

    int size() {
        return sentences.size();
    }
}
