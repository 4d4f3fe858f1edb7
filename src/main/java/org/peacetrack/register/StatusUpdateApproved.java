package org.peacetrack.register;

public record StatusUpdateApproved(StatusUpdateChange change) implements StatusUpdateEvent {

    @Override
    public Transition transition() {
        return Transition.APPROVED;
    }
}
