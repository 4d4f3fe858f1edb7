package org.peacetrack.tracking;

public record StatusUpdateReturned(StatusUpdateChange change) implements StatusUpdateEvent {
}
