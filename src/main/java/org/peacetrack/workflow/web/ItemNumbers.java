package org.peacetrack.workflow.web;

import java.util.ArrayList;
import java.util.List;
import org.peacetrack.i18n.CodedArgumentException;

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
                    throw new NotItemNumbers("cycle.numbers.badRange", "Not a range of item numbers: " + part, part);
                }
                for (int n = from; n <= to; n++) {
                    numbers.add(n);
                }
            } catch (NumberFormatException e) {
                throw new NotItemNumbers("cycle.numbers.bad", "Not an item number: " + part, part);
            }
        }
        return numbers;
    }

    /** Text that is not a list of item numbers; the code gives the message in the reader's language. */
    static final class NotItemNumbers extends CodedArgumentException {

        NotItemNumbers(String code, String message, String part) {
            super(code, message, part);
        }
    }
}
