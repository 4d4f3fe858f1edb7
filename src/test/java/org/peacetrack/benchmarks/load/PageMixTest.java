package org.peacetrack.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.peacetrack.benchmarks.corpus.LinkedChains;

/** The page mix draws each kind in its share, and a kind asked alone gives that kind's addresses. */
class PageMixTest {

    private final PageMix mix = new PageMix(100_000);

    @Test
    void eachKindComesInItsShareOfTheMix() {
        Map<PageMix.Kind, Integer> counts = new EnumMap<>(PageMix.Kind.class);
        Random random = new Random(7);
        int draws = 50_000;
        for (int i = 0; i < draws; i++) {
            counts.merge(shapeOf(mix.next(random)), 1, Integer::sum);
        }
        // an item page of a chain has the shape of any item page: the two shares together
        Map<PageMix.Kind, Double> tenths = Map.of(PageMix.Kind.ITEM, 5.0, PageMix.Kind.PERMALINK, 2.0,
                PageMix.Kind.API, 1.0, PageMix.Kind.LINEAGE, 1.0, PageMix.Kind.LIST, 1.0);
        tenths.forEach((kind, share) -> assertThat(10.0 * counts.getOrDefault(kind, 0) / draws)
                .as(kind.name()).isCloseTo(share, within(0.1)));
    }

    @Test
    void aKindAskedAloneGivesOnlyAddressesOfThatKind() {
        Random random = new Random(3);
        for (PageMix.Kind kind : PageMix.Kind.values()) {
            for (int i = 0; i < 200; i++) {
                String address = mix.next(kind, random);
                assertThat(shapeOf(address)).as(address).isEqualTo(kind == PageMix.Kind.LINKED ? PageMix.Kind.ITEM : kind);
                if (kind == PageMix.Kind.LINKED) {
                    assertThat(LinkedChains.isMember(Integer.parseInt(address.substring("/items/".length())))).as(address).isTrue();
                }
            }
        }
    }

    private static PageMix.Kind shapeOf(String address) {
        if (address.startsWith("/items?framework=")) {
            return PageMix.Kind.LIST;
        }
        if (address.startsWith("/recommendations/")) {
            return PageMix.Kind.PERMALINK;
        }
        if (address.endsWith("/lineage")) {
            return PageMix.Kind.LINEAGE;
        }
        return address.startsWith("/api/items/") ? PageMix.Kind.API : PageMix.Kind.ITEM;
    }
}
