package org.peacetrack.register;

public record StatusUpdateRevised(StatusUpdateChange change) implements StatusUpdateEvent {

    @Override
    public Transition transition() {
        return Transition.REVISED;
    }
}
