package org.peacetrack.extraction;

import java.util.List;

/**
 * What a text names: document symbols (A/78/19, ST/SGB/2024/4), resolutions ("2719 (2023)", "77/297"),
 * missions and Secretariat entities (by acronym, whether the text used the acronym or the full name).
 */
public record Mentions(List<String> documents, List<String> resolutions, List<String> missions, List<String> entities) {

    public static final Mentions NONE = new Mentions(List.of(), List.of(), List.of(), List.of());

    public Mentions {
        documents = List.copyOf(documents);
        resolutions = List.copyOf(resolutions);
        missions = List.copyOf(missions);
        entities = List.copyOf(entities);
    }
}
