package org.peacetrack.tracking;

public record StatusUpdateRevised(StatusUpdateChange change) implements StatusUpdateEvent {
}
