package org.peacetrack.register;

public record StatusUpdateSubmitted(StatusUpdateChange change) implements StatusUpdateEvent {
}
