package org.peacetrack.register;

public record StatusUpdatePublished(StatusUpdateChange change) implements StatusUpdateEvent {

    @Override
    public Transition transition() {
        return Transition.PUBLISHED;
    }
}
