package org.peacetrack.tracking;

public record StatusUpdateSubmitted(StatusUpdateChange change) implements StatusUpdateEvent {
}
