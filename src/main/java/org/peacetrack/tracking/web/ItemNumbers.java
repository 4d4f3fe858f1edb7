package org.peacetrack.tracking.web;

import java.util.ArrayList;
import java.util.List;

/** Reads "38, 40-45 57" as the numbers 38, 40, 41, ..., 45, 57. */
final class ItemNumbers {

    private static final int LARGEST_RANGE = 2000;

    private ItemNumbers() {
    }

    static List<Integer> parse(String text) {
        List<Integer> numbers = new ArrayList<>();
        for (String part : text.trim().split("[,;\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            String[] range = part.split("[-–]", 2);
            try {
                int from = Integer.parseInt(range[0]);
                int to = range.length == 2 ? Integer.parseInt(range[1]) : from;
                if (to < from || to - from > LARGEST_RANGE) {
                    throw new IllegalArgumentException("Not a range of item numbers: " + part);
                }
                for (int n = from; n <= to; n++) {
                    numbers.add(n);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Not an item number: " + part);
            }
        }
        return numbers;
    }
}
