package org.peacetrack.register;

import java.util.List;

/** One official status entry to record: the item's number, its theme, the status and where it was stated. */
public record EntryStatusRecord(
        int number,
        long paragraphId,
        String theme,
        Status status,
        String phrase,
        double confidence,
        String text,
        List<EarlierRecommendation> references,
        List<String> missions,
        List<String> entities) {

    public EntryStatusRecord {
        references = List.copyOf(references);
        missions = List.copyOf(missions);
        entities = List.copyOf(entities);
    }
}
