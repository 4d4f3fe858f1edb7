package org.peacetrack.tracking;

public record StatusUpdateDrafted(StatusUpdateChange change) implements StatusUpdateEvent {
}
