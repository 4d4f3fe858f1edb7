package org.peacetrack.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds "the status of recommendation 37 in the ... repository ... for 2023" in an entry's text. */
final class PriorReferences {

    private static final Pattern REFERENCE = Pattern.compile(
            "status of recommendations? (\\d{1,3})\\b[^.]{0,200}?\\bfor ((?:19|20)\\d{2})\\b",
            Pattern.CASE_INSENSITIVE);

    private PriorReferences() {
    }

    static List<PriorReference> in(String text) {
        List<PriorReference> found = new ArrayList<>();
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            PriorReference ref = new PriorReference(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            if (!found.contains(ref)) {
                found.add(ref);
            }
        }
        return found;
    }
}
