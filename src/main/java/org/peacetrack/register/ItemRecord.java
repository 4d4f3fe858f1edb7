package org.peacetrack.register;

import java.util.List;

/**
 * An item as downloads write it: its summary, its current public status with the year and text it was
 * reported with (null if none yet), the earlier recommendations its status refers to (e.g. "A/77/19 37"),
 * and the entities and missions it concerns.
 */
public record ItemRecord(ItemSummary item, Integer statusYear, String statusText, List<String> references,
        List<String> responsibleEntities, List<String> missions) {

    public ItemRecord {
        references = List.copyOf(references);
        responsibleEntities = List.copyOf(responsibleEntities);
        missions = List.copyOf(missions);
    }
}
