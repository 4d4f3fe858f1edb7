package org.peacetrack.extraction.figures;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Names a figure's measure from its subject, using the vocabulary in extraction/figure-measures.tsv. */
final class MeasureVocabulary {

    private record Entry(String key, Pattern subject, Pattern context) {
        boolean matches(String subjectWords, String contextWords) {
            return subject.matcher(subjectWords).find()
                    && (context == null || context.matcher(contextWords).find());
        }
    }

    private static final String RESOURCE = "/extraction/figure-measures.tsv";
    private static final int HEAD_WORDS = 4;
    private static final Set<String> FILLER = Set.of("the", "a", "an", "of", "and", "or", "all", "its", "their",
            "more", "new", "additional");
    private static final List<Entry> ENTRIES = load();

    private MeasureVocabulary() {
    }

    static String keyFor(String subject, String context, String unit) {
        String key = ENTRIES.stream().filter(e -> e.matches(subject, context)).map(Entry::key).findFirst()
                .orElseGet(() -> headWords(subject));
        return "percent".equals(unit) && !key.contains("share") ? key + ".share" : key;
    }

    /** Whether a measure key comes from the vocabulary (a percentage's ".share" suffix aside). */
    static boolean isKnown(String key) {
        return ENTRIES.stream().anyMatch(e -> e.key().equals(key) || (e.key() + ".share").equals(key));
    }

    /** A key for a subject outside the vocabulary, made of its first content words: "pledges-registered". */
    static String headWords(String subject) {
        String key = Arrays.stream(subject.toLowerCase(Locale.ROOT).split("[^\\p{L}\\d]+"))
                .filter(w -> !w.isEmpty() && !FILLER.contains(w)).limit(HEAD_WORDS).collect(Collectors.joining("-"));
        return key.isEmpty() ? "unnamed" : key;
    }

    private static List<Entry> load() {
        try (InputStream in = MeasureVocabulary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing measure vocabulary " + RESOURCE);
            }
            List<Entry> entries = new ArrayList<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(line -> entries.add(entry(line.split("\t"))));
            return List.copyOf(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Entry entry(String[] columns) {
        Pattern context = columns.length > 2 ? Pattern.compile(columns[2], Pattern.CASE_INSENSITIVE) : null;
        return new Entry(columns[0], Pattern.compile(columns[1], Pattern.CASE_INSENSITIVE), context);
    }
}
