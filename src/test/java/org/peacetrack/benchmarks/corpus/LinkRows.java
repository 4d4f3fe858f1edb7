package org.peacetrack.benchmarks.corpus;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.postgresql.copy.CopyManager;

/**
 * The chains' links, unscored: a server that starts on the corpus scores them once (the stored matcher
 * version is "none", as after migration V25), so the first start also measures that.
 */
final class LinkRows {

    private LinkRows() {
    }

    /** The addendum's words for each explicit reference, by the later item's id. */
    static Map<Integer, String> citations() {
        Map<Integer, String> citations = new HashMap<>();
        for (int c = 0; c < LinkedChains.CHAINS; c++) {
            for (int s = 1; s < LinkedChains.LENGTH; s++) {
                if (LinkedChains.kind(c, s).equals("REFERS_TO_PRIOR")) {
                    int earlier = LinkedChains.member(c, s - 1);
                    citations.put(LinkedChains.member(c, s), String.format(" Please refer to recommendation %d of the"
                            + " report of %d.", 10 + (earlier - 1) % CorpusGenerator.ITEMS_PER_FRAMEWORK,
                            1990 + (earlier - 1) / CorpusGenerator.ITEMS_PER_FRAMEWORK));
                }
            }
        }
        return citations;
    }

    static long write(CopyManager copy, Random random) {
        try (CopyWriter links = new CopyWriter(copy, "item_link",
                "from_item_id,to_item_id,kind,source_paragraph_id,review_state")) {
            for (int c = 0; c < LinkedChains.CHAINS; c++) {
                for (int s = 1; s < LinkedChains.LENGTH; s++) {
                    int later = LinkedChains.member(c, s);
                    String kind = LinkedChains.kind(c, s);
                    links.row(later, LinkedChains.member(c, s - 1), kind,
                            kind.equals("REFERS_TO_PRIOR") ? SourceRows.addendumParagraph(later) : null,
                            LinkedChains.review(c, s));
                }
                int later = LinkedChains.member(c, 1);
                int otherSlot = (c + 1 + random.nextInt(CorpusGenerator.ITEMS_PER_FRAMEWORK - 1)) % CorpusGenerator.ITEMS_PER_FRAMEWORK;
                links.row(later, LinkedChains.start(c) * CorpusGenerator.ITEMS_PER_FRAMEWORK + otherSlot + 1,
                        "SIMILAR_TO", null, "REJECTED");
            }
            links.flush();
            return links.total();
        }
    }
}
