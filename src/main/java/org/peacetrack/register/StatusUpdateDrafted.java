package org.peacetrack.register;

public record StatusUpdateDrafted(StatusUpdateChange change) implements StatusUpdateEvent {
}
