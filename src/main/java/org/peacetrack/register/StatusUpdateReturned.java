package org.peacetrack.register;

public record StatusUpdateReturned(StatusUpdateChange change) implements StatusUpdateEvent {

    @Override
    public Transition transition() {
        return Transition.RETURNED;
    }
}
