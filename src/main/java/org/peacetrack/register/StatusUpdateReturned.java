package org.peacetrack.register;

public record StatusUpdateReturned(StatusUpdateChange change) implements StatusUpdateEvent {
}
