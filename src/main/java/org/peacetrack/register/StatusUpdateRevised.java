package org.peacetrack.register;

public record StatusUpdateRevised(StatusUpdateChange change) implements StatusUpdateEvent {
}
