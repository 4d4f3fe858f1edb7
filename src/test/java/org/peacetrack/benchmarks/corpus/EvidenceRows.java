package org.peacetrack.benchmarks.corpus;

import org.postgresql.copy.CopyManager;

/** Evidence on the latest update of one item in twenty and of every chain member, one or two links each. */
final class EvidenceRows {

    private EvidenceRows() {
    }

    static long write(CopyManager copy, int items, int updatesPerItem) {
        try (CopyWriter evidence = new CopyWriter(copy, "evidence", "status_update_id,label,url,added_by,added_at")) {
            for (int id = 1; id <= items; id++) {
                if (id % 20 != 0 && !(id <= SourceRows.C34_ITEMS && LinkedChains.isMember(id))) {
                    continue;
                }
                long latest = (long) id * updatesPerItem;
                evidence.row(latest, "Mission report " + id, "https://example.org/reports/" + id + ".pdf", "focal.dpo",
                        "2025-09-30T00:00:00Z");
                if (id % 3 == 0) {
                    evidence.row(latest, "Dataset " + id, "https://example.org/data/" + id + ".csv", "focal.dos",
                            "2025-09-30T00:00:00Z");
                }
            }
            evidence.flush();
            return evidence.total();
        }
    }
}
