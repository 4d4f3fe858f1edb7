package org.peacetrack.benchmarks.load;

import java.util.Locale;
import java.util.Random;

/**
 * Prints addresses of one kind of page of the realistic page mix, one a line, for tools that ask them one kind at
 * a time (bench/cpu-per-page.sh): {@code PageAddresses item|linked|permalink|api|lineage|list COUNT SEED ITEMS}.
 */
public final class PageAddresses {

    private PageAddresses() {
    }

    public static void main(String[] args) {
        if (args.length != 4) {
            throw new IllegalArgumentException("PageAddresses KIND COUNT SEED ITEMS");
        }
        PageMix.Kind kind = PageMix.Kind.valueOf(args[0].toUpperCase(Locale.ROOT));
        int count = Integer.parseInt(args[1]);
        Random random = new Random(Long.parseLong(args[2]));
        PageMix mix = new PageMix(Integer.parseInt(args[3]));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append(mix.next(kind, random)).append('\n');
        }
        System.out.print(out);
    }
}
