package org.peacetrack.benchmarks.load;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.peacetrack.benchmarks.corpus.RealisticTexts;
import org.peacetrack.benchmarks.corpus.WordModel;
import org.peacetrack.benchmarks.corpus.ZipfSampler;

/**
 * Searches as a query log has them (ADR 0057): a universe of distinct queries made from the corpus's own
 * word model (single words by their frequency in the corpus, so its rare tail too, phrases quoted or not,
 * two-word conjunctions, missions, exclusions), asked by Zipf's law over that universe (a few queries very
 * often, most once). The universe is ordered by each query's rarest word's frequency rank, jittered by a
 * log-normal factor (sigma 2.5): popular queries are mostly of common terms, not only. A fifth are narrowed
 * by a facet value (theme, status, year or mission), a quarter ask beyond the first page, and one in five
 * is the HTML search page instead of the API.
 */
public final class SearchMix implements RequestMix {

    static final List<String> THEMES = List.of("Politics", "Women and peace and security", "Protection",
            "Safety and security", "Performance and accountability", "Peacebuilding and sustaining peace",
            "Partnerships", "Conduct of peacekeepers and peacekeeping operations");
    static final List<String> STATUSES = List.of("ONGOING", "NARRATIVE", "IMPLEMENTED", "NOTED");

    private final List<String> queries;
    private final ZipfSampler popularity;
    private final ZipfSampler pages = new ZipfSampler(10, 1.2);
    private final ZipfSampler themes = new ZipfSampler(THEMES.size(), 0.8);
    private final RealisticTexts texts;

    public SearchMix(WordModel words, int distinctQueries, long seed) {
        this.texts = new RealisticTexts(words);
        Random random = new Random(seed);
        Set<String> universe = new LinkedHashSet<>();
        while (universe.size() < distinctQueries) {
            int kind = random.nextInt(20);
            if (kind < 10) {
                universe.add(lower(random, words.contentWord(random)));
            } else if (kind < 15) {
                String phrase = phrase(words.sentence(random), random);
                if (phrase != null) {
                    universe.add(random.nextBoolean() ? "\"" + phrase + "\"" : phrase);
                }
            } else if (kind < 17) {
                universe.add(lower(random, words.contentWord(random)) + " " + lower(random, words.contentWord(random)));
            } else if (kind < 19) {
                String mission = texts.mission(random);
                universe.add(random.nextBoolean() ? mission : mission + " " + lower(random, words.contentWord(random)));
            } else {
                universe.add(words.contentWord(random) + " -" + texts.mission(random));
            }
        }
        Map<String, Double> order = new HashMap<>();
        for (String query : universe) {
            int rarest = -1;
            for (String word : query.replaceAll("[\"\\-]", " ").trim().split("\\s+")) {
                int rank = words.rank(word);
                rarest = rank < words.vocabularySize() ? Math.max(rarest, rank) : rarest;
            }
            order.put(query, (rarest < 0 ? words.vocabularySize() : rarest + 1) * Math.exp(2.5 * random.nextGaussian()));
        }
        this.queries = new ArrayList<>(universe);
        this.queries.sort(Comparator.comparing(order::get));
        this.popularity = new ZipfSampler(queries.size(), 0.9);
    }

    @Override
    public String next(Random random) {
        StringBuilder path = new StringBuilder(random.nextInt(5) == 0 ? "/search?q=" : "/api/search?q=");
        path.append(encode(queries.get(popularity.next(random))));
        int filter = random.nextInt(20);
        if (filter == 0) {
            path.append("&theme=").append(encode(THEMES.get(themes.next(random))));
        } else if (filter == 1) {
            path.append("&status=").append(STATUSES.get(random.nextInt(STATUSES.size())));
        } else if (filter == 2) {
            path.append("&year=").append(2025 - random.nextInt(8));
        } else if (filter == 3) {
            path.append("&mission=").append(texts.mission(random));
        }
        if (random.nextInt(4) == 0) {
            path.append("&page=").append(2 + pages.next(random));
        }
        return path.append("&size=20").toString();
    }

    public int distinctQueries() {
        return queries.size();
    }

    public List<String> mostAsked(int n) {
        return queries.subList(0, Math.min(n, queries.size()));
    }

    /** Two or three consecutive words of a sentence, not starting or ending on punctuation. */
    private static String phrase(String sentence, Random random) {
        String[] words = sentence.replaceAll("[.,;:]", " ").trim().split("\\s+");
        int length = 2 + random.nextInt(2);
        if (words.length < length) {
            return null;
        }
        int from = random.nextInt(words.length - length + 1);
        return String.join(" ", List.of(words).subList(from, from + length)).toLowerCase();
    }

    private static String lower(Random random, String word) {
        return random.nextInt(3) == 0 ? word : word.toLowerCase();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
