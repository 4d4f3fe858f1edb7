package org.peacetrack.register;

public record StatusUpdateDrafted(StatusUpdateChange change) implements StatusUpdateEvent {

    @Override
    public Transition transition() {
        return Transition.DRAFTED;
    }
}
