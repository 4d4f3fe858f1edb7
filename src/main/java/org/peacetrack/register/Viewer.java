package org.peacetrack.register;

import java.util.Optional;
import org.peacetrack.security.Actor;
import org.peacetrack.security.Role;

/**
 * Who reads, as far as unpublished work is concerned: the one rule that every read of status updates
 * states (docs/decisions/0010). An update is unpublished while it is a draft, submitted, returned or
 * approved; imported updates (no workflow state) and published ones are public. Reviewers, editors and
 * administrators read all unpublished work and reviewers' return messages; a focal point reads those of
 * their own entity; everyone else (anonymous readers, Member State delegates) reads only what is public.
 */
public record Viewer(Role role, String entityCode) {

    /** Anyone, signed in or not, without a workflow role. */
    public static final Viewer PUBLIC = new Viewer(null, null);

    public static Viewer of(Actor actor) {
        return new Viewer(actor.role(), actor.entityCode());
    }

    public static Viewer of(Optional<Actor> actor) {
        return actor.map(Viewer::of).orElse(PUBLIC);
    }

    /** Whether anyone may read an update in this state. */
    public static boolean isPublic(WorkflowState state) {
        return state == null || state == WorkflowState.PUBLISHED;
    }

    /** Reviewers, editors and administrators read every entity's unpublished work. */
    boolean readsAllUnpublished() {
        return role == Role.REVIEWER || role == Role.EDITOR || role == Role.ADMIN;
    }

    /** The entity whose unpublished work this viewer reads besides: a focal point's own; null for others. */
    String readsUnpublishedOf() {
        return role == Role.FOCAL_POINT ? entityCode : null;
    }

    /** Whether this viewer reads the workflow of updates reported for the entity: drafts, messages, history. */
    public boolean readsWorkflowOf(String entity) {
        return readsAllUnpublished() || (entity != null && entity.equals(readsUnpublishedOf()));
    }

    /** Whether this viewer may read an update in the given state, reported for the given entity. */
    public boolean mayRead(WorkflowState state, String entity) {
        return isPublic(state) || readsWorkflowOf(entity);
    }
}
