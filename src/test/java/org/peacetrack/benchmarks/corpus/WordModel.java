package org.peacetrack.benchmarks.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word model of the register's language with a long tail. Sentences follow the word pairs (bigrams) of
 * the seeds' and real documents' sentences, so that their word frequencies are those of real text (Zipf's
 * law) and their phrases occur in it; about one word in {@value #RARE_EVERY} is replaced by a draw from the
 * content vocabulary ranked by frequency, extended by generated rare terms (place, programme and person
 * names), drawn by Zipf's law so that a few words are everywhere and most words occur a few times in a
 * million items. Deterministic for a seed.
 */
public final class WordModel {

    static final int RARE_EVERY = 12;
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’/\\-]*|[,.;:]");
    private static final Set<String> STOP = Set.of("the", "and", "of", "to", "in", "a", "an", "for", "on", "with",
            "by", "as", "at", "or", "be", "is", "are", "was", "were", "its", "their", "that", "this", "from", "which",
            "has", "have", "been", "also", "all", "into", "these", "those", "such", "other", "not", "should", "would",
            "shall", "will", "may", "can", "it", "his", "her", "they", "than", "any", "each", "who", "whose", "but");

    private final Map<String, String[]> successors = new HashMap<>();
    private final String[] starts;
    private final List<String> content;
    private final ZipfSampler contentRanks;
    private final int realContentWords;
    private final Map<String, Integer> ranks = new HashMap<>();

    /** The model of the seeds' and real documents' sentences plus {@code rareTerms} generated terms. */
    public static WordModel read(Path shared, int rareTerms, long seed) {
        return new WordModel(SourceTexts.sentences(shared.resolve("seeds"), shared.resolve("real-docs")),
                rareTerms, seed);
    }

    WordModel(List<String> sentences, int rareTerms, long seed) {
        Map<String, List<String>> next = new HashMap<>();
        List<String> firsts = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        for (String sentence : sentences) {
            List<String> tokens = tokens(sentence);
            if (tokens.size() < 4) {
                continue;
            }
            firsts.add(tokens.get(0));
            for (int i = 0; i < tokens.size(); i++) {
                String token = tokens.get(i);
                String following = i + 1 < tokens.size() ? tokens.get(i + 1) : ".";
                next.computeIfAbsent(token, k -> new ArrayList<>()).add(following);
                if (isContent(token)) {
                    counts.merge(token, 1, Integer::sum);
                }
            }
        }
        next.forEach((token, list) -> successors.put(token, list.toArray(String[]::new)));
        starts = firsts.toArray(String[]::new);
        List<String> ranked = new ArrayList<>(counts.keySet());
        ranked.sort(Comparator.comparing((String w) -> -counts.get(w)).thenComparing(w -> w));
        realContentWords = ranked.size();
        Set<String> all = new LinkedHashSet<>(ranked);
        all.addAll(new Vocabulary(rareTerms, seed).words());
        content = List.copyOf(all);
        for (int rank = content.size() - 1; rank >= 0; rank--) {
            ranks.put(content.get(rank).toLowerCase(), rank);
        }
        contentRanks = new ZipfSampler(content.size(), 1.0);
    }

    /** One sentence of 6 to 60 words, ending with a full stop. */
    public String sentence(Random random) {
        StringBuilder out = new StringBuilder();
        String token = starts[random.nextInt(starts.length)];
        int words = 0;
        while (true) {
            String emitted = isContent(token) && random.nextInt(RARE_EVERY) == 0 ? contentWord(random) : token;
            if (!out.isEmpty() && Character.isLetterOrDigit(emitted.charAt(0))) {
                out.append(' ');
            }
            out.append(emitted);
            words++;
            String[] options = successors.get(token);
            String following = options == null ? "." : options[random.nextInt(options.length)];
            if (following.equals(".") && words >= 6 || words >= 60) {
                break;
            }
            token = following.equals(".") ? "and" : following;
        }
        char last = out.charAt(out.length() - 1);
        if (last == ',' || last == ';' || last == ':') {
            out.setLength(out.length() - 1);
        }
        return out.append('.').toString();
    }

    /** A content word (no stop word, no number) by Zipf's law over the ranked vocabulary and its rare tail. */
    public String contentWord(Random random) {
        return content.get(contentRanks.next(random));
    }

    /** Words of the documents' own vocabulary, most frequent first (no generated term). */
    public List<String> realContent() {
        return content.subList(0, realContentWords);
    }

    /** The frequency rank of a content word (any case), or the vocabulary's size for another word. */
    public int rank(String word) {
        return ranks.getOrDefault(word.toLowerCase(), content.size());
    }

    public int vocabularySize() {
        return content.size();
    }

    static List<String> tokens(String sentence) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(sentence);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    static boolean isContent(String token) {
        return token.length() >= 3 && Character.isLetter(token.charAt(0)) && !STOP.contains(token.toLowerCase());
    }
}
