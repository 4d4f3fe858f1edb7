package org.peacetrack.register;

public record StatusUpdateSubmitted(StatusUpdateChange change) implements StatusUpdateEvent {

    @Override
    public Transition transition() {
        return Transition.SUBMITTED;
    }
}
