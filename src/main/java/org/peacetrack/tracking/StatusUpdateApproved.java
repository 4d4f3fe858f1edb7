package org.peacetrack.tracking;

public record StatusUpdateApproved(StatusUpdateChange change) implements StatusUpdateEvent {
}
