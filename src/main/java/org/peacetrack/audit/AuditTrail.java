package org.peacetrack.audit;

import org.peacetrack.register.StatusUpdateEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes every workflow transition to the change log, in the same transaction as the change itself, so
 * that a change is never stored without its log line.
 */
@Component
class AuditTrail {

    private final ChangeLogRepository log;

    AuditTrail(ChangeLogRepository log) {
        this.log = log;
    }

    @EventListener
    void on(StatusUpdateEvent event) {
        var c = event.change();
        log.save(new ChangeLogEntity(new Change(c.at(), c.actor(), event.transition(), Subject.STATUS_UPDATE,
                c.statusUpdateId(), c.itemId(), c.before(), c.after())));
    }
}
