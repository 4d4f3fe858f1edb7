package org.peacetrack.audit;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the change log, per item or whole, oldest first. */
@Service
@Transactional(readOnly = true)
public class AuditService {

    private final ChangeLogRepository log;

    AuditService(ChangeLogRepository log) {
        this.log = log;
    }

    public List<Change> forItem(long itemId) {
        return log.findByItemIdOrderByOccurredAtAscIdAsc(itemId).stream().map(ChangeLogEntity::change).toList();
    }

    public List<Change> all() {
        return log.findAllByOrderByOccurredAtAscIdAsc().stream().map(ChangeLogEntity::change).toList();
    }
}
