package org.peacetrack.benchmarks.load;

import java.util.Random;
import org.peacetrack.benchmarks.corpus.LinkedChains;
import org.peacetrack.benchmarks.corpus.ZipfSampler;

/**
 * The public pages of a corpus of {@code items} items in frameworks of 200 (the corpus generator's shape),
 * readers' interest by Zipf's law: item i's popularity rank is a fixed permutation of the ids (a few items are
 * read very often, most rarely, popular ones spread over all frameworks). Four tenths item pages, a tenth
 * the item pages of lineage chains, a fifth session permalinks, a tenth the JSON item, a tenth a chain's JSON
 * lineage, a tenth a framework's list (a theme in a fifth of them, later pages in a fifth).
 */
public final class PageMix implements RequestMix {

    /** The kinds of page, in the mix's proportions out of ten. */
    public enum Kind {
        ITEM(4), LINKED(1), PERMALINK(2), API(1), LINEAGE(1), LIST(1);

        private final int tenths;

        Kind(int tenths) {
            this.tenths = tenths;
        }
    }

    private static final long SCRAMBLE = 2_654_435_761L;

    private final int items;
    private final ZipfSampler popularity;
    private final ZipfSampler frameworks;

    public PageMix(int items) {
        this.items = items;
        this.popularity = new ZipfSampler(items, 0.8);
        this.frameworks = new ZipfSampler(Math.max(1, items / 200 - 36), 0.8);
    }

    @Override
    public String next(Random random) {
        int r = random.nextInt(10);
        for (Kind kind : Kind.values()) {
            if (r < kind.tenths) {
                return next(kind, random);
            }
            r -= kind.tenths;
        }
        throw new IllegalStateException("the kinds' tenths add up to less than ten");
    }

    /** The address of a page of one kind, drawn as the mix draws it. */
    public String next(Kind kind, Random random) {
        return switch (kind) {
            case ITEM -> "/items/" + popularItem(random);
            case LINKED -> "/items/" + linkedItem(random);
            case PERMALINK -> "/recommendations/" + (1990 + random.nextInt(36)) + "/" + (10 + random.nextInt(200));
            case API -> "/api/items/" + popularItem(random);
            case LINEAGE -> "/api/items/" + linkedItem(random) + "/lineage";
            case LIST -> list(random);
        };
    }

    private String list(Random random) {
        StringBuilder list = new StringBuilder(String.format("/items?framework=AP-%05d", 37 + frameworks.next(random)));
        if (random.nextInt(5) == 0) {
            list.append("&theme=").append(SearchMix.THEMES.get(random.nextInt(SearchMix.THEMES.size())).replace(' ', '+'));
        } else if (random.nextInt(4) == 0) {
            list.append("&page=").append(1 + random.nextInt(3));
        }
        return list.toString();
    }

    /** Rank r's item: r times a large odd number modulo the items (a bijection when coprime), plus one. */
    private long popularItem(Random random) {
        long rank = popularity.next(random);
        long id = Math.floorMod(rank * SCRAMBLE, (long) items);
        return id + 1;
    }

    /** An item of one of the corpus's lineage chains. */
    private static int linkedItem(Random random) {
        int chain = random.nextInt(LinkedChains.CHAINS);
        return LinkedChains.member(chain, random.nextInt(LinkedChains.LENGTH));
    }
}
