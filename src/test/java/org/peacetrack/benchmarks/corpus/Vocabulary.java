package org.peacetrack.benchmarks.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Words beyond the seeds' sentences: real registers have place names, programme names, acronyms and terms
 * that no seed uses, which make a search index's vocabulary and a similarity model's idf realistic. Made of
 * syllables (deterministic for a seed) and drawn with a long tail: a few words often, most words rarely.
 */
final class Vocabulary {

    private static final String[] SYLLABLES = {"ka", "ro", "mi", "sa", "tu", "len", "dor", "va", "nik", "bel",
        "qua", "zi", "om", "pra", "ste", "lu", "gan", "chi", "we", "fa", "dri", "mo", "sel", "har", "ti", "nu"};
    private static final String[] FRAMES = {"in the %s and %s sectors", "through the %s %s programme",
        "with the %s liaison office in %s", "under the %s framework for %s", "including the %s and %s districts"};

    private final List<String> words = new ArrayList<>();

    Vocabulary(int size, long seed) {
        Random random = new Random(seed);
        while (words.size() < size) {
            StringBuilder w = new StringBuilder();
            for (int s = 2 + random.nextInt(3); s > 0; s--) {
                w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            words.add(Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
    }

    /** A clause naming two words, the first likely common, the second from the long tail. */
    String clause(Random random) {
        String frame = FRAMES[random.nextInt(FRAMES.length)];
        return String.format(frame, word(random), word(random));
    }

    /** Zipf-like: the square of a uniform draw favours the head of the list. */
    private String word(Random random) {
        double u = random.nextDouble();
        return words.get((int) (u * u * u * words.size()));
    }

    int size() {
        return words.size();
    }

    /** The words in the order made: no order of frequency, a long tail appended after a real vocabulary. */
    List<String> words() {
        return List.copyOf(words);
    }
}
