package org.peacetrack.reporting.repository;

import java.util.List;
import org.peacetrack.register.ItemSummary;
import org.peacetrack.register.Status;

/**
 * A recommendation of a session as the public reads it: its text, its current published status with the
 * year and text it was reported with (null if none yet), the entities it concerns, and its chain across
 * sessions (earlier and later recommendations it continues or that continue it).
 */
public record SessionItem(ItemSummary item, String text, Integer statusYear, String statusText,
        List<String> entities, List<ItemSummary> earlier, List<ItemSummary> later, int ageInSessions,
        Integer firstSession, ChainLink linkToPrevious) {

    /** How the item is tied to the nearest earlier recommendation of its chain; null if it has none. */
    public record ChainLink(ItemSummary earlier, boolean explicitReference, Double score) {
    }

    public SessionItem {
        entities = List.copyOf(entities);
        earlier = List.copyOf(earlier);
        later = List.copyOf(later);
    }

    public int number() {
        return item.number();
    }

    public Status status() {
        return item.currentStatus();
    }

    /** The status text's own paragraphs, as the addendum printed them. */
    public List<String> statusParts() {
        return statusText == null ? List.of() : List.of(statusText.split("\\n\\n"));
    }

    public List<String> textParts() {
        return text == null ? List.of() : List.of(text.split("\\n\\n"));
    }
}
