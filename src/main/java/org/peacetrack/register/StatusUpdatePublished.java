package org.peacetrack.register;

public record StatusUpdatePublished(StatusUpdateChange change) implements StatusUpdateEvent {
}
