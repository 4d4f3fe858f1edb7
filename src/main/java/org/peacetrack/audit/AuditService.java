package org.peacetrack.audit;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.peacetrack.register.RegisterService;
import org.peacetrack.register.Transition;
import org.peacetrack.register.UpdateDisclosure;
import org.peacetrack.register.Viewer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the change log, per item or whole, oldest first, as the viewer may read it: the entries about a
 * status update follow the rule of {@link Viewer}, which tracking applies (docs/decisions/0010).
 */
@Service
@Transactional(readOnly = true)
public class AuditService {

    private final ChangeLogRepository log;
    private final RegisterService register;

    AuditService(ChangeLogRepository log, RegisterService register) {
        this.log = log;
        this.register = register;
    }

    public List<Change> forItem(long itemId, Viewer viewer) {
        return readable(log.findByItemIdOrderByOccurredAtAscIdAsc(itemId), viewer);
    }

    public List<Change> all(Viewer viewer) {
        return readable(log.findAllByOrderByOccurredAtAscIdAsc(), viewer);
    }

    private List<Change> readable(List<ChangeLogEntity> entries, Viewer viewer) {
        Map<Long, UpdateDisclosure> disclosed = register.disclosures(entries.stream()
                .filter(e -> e.subjectType == Subject.STATUS_UPDATE).map(e -> e.subjectId).distinct().toList(), viewer);
        return entries.stream().map(e -> readable(e.change(), disclosed)).filter(Objects::nonNull).toList();
    }

    /**
     * An update's entries in full for those who read its workflow; for others only its publication, with
     * the published state and no earlier one (the approved state before it may carry a reviewer's message).
     */
    private static Change readable(Change change, Map<Long, UpdateDisclosure> disclosed) {
        if (change.subjectType() != Subject.STATUS_UPDATE) {
            return change;
        }
        UpdateDisclosure disclosure = disclosed.get(change.subjectId());
        if (disclosure == null) {
            return null;
        }
        if (disclosure.inFull()) {
            return change;
        }
        return change.action() == Transition.PUBLISHED ? new Change(change.at(), change.actor(), change.action(),
                change.subjectType(), change.subjectId(), change.itemId(), null, disclosure.published()) : null;
    }
}
