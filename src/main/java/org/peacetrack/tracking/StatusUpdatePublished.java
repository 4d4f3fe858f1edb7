package org.peacetrack.tracking;

public record StatusUpdatePublished(StatusUpdateChange change) implements StatusUpdateEvent {
}
