package org.peacetrack.register;

public record StatusUpdateApproved(StatusUpdateChange change) implements StatusUpdateEvent {
}
