package org.peacetrack.lineage;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.peacetrack.register.C34Report;
import org.peacetrack.register.ItemChains;
import org.peacetrack.register.ItemLinks;
import org.peacetrack.register.ItemSummary;
import org.peacetrack.register.ItemView;
import org.peacetrack.register.Lineage;
import org.peacetrack.register.LineageStep;
import org.peacetrack.register.ReviewState;
import org.peacetrack.register.StatusView;
import org.peacetrack.register.WorkflowState;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lineage facade: records a Special Committee report's recommendations (filling placeholders, linking
 * them to A4P and to the adjacent sessions), reads an item's chain across sessions, and takes a person's
 * verdict on a proposed match. A chain is read as stored: scores and warnings are computed when links are
 * made, when a session is imported, and when the matcher changes (relink), never on a page view.
 */
@Service
public class LineageService implements ItemChains {

    private final RecommendationRecorder recorder;
    private final LineageChains chains;
    private final ItemLinks links;
    private final LineageRescoring rescoring;

    LineageService(RecommendationRecorder recorder, LineageChains chains, ItemLinks links,
            LineageRescoring rescoring) {
        this.recorder = recorder;
        this.chains = chains;
        this.links = links;
        this.rescoring = rescoring;
    }

    @Transactional
    public RecordedRecommendations recordRecommendations(C34Report report) {
        return recorder.record(report);
    }

    @Transactional(readOnly = true)
    public Optional<Lineage> lineage(long itemId) {
        return chains.of(itemId);
    }

    /**
     * The chain of an item already read: one without any link is a chain of itself, known without a query
     * or a transaction (most items of a large register); otherwise as {@link #lineage(long)}, in one
     * read-only transaction of its own. Deliberately not transactional itself: an empty "supports" scope
     * around the read bound an entity manager that held a connection while each repository call's own
     * transaction asked for another, and a small pool ran dry under concurrent readers (issue 18).
     */
    @Override
    public Lineage lineage(ItemView read) {
        if (read.references().isEmpty() && read.referencedBy().isEmpty()) {
            ItemSummary item = read.item();
            boolean reportedOpen = read.history().stream().filter(u -> u.workflowState() == WorkflowState.PUBLISHED)
                    .map(StatusView::status).anyMatch(LineageFacts.STILL_OPEN::contains);
            return LineageFacts.lineage(item, List.of(new LineageStep(item, null, null, null, null)), List.of(),
                    reportedOpen ? Set.of(item.id()) : Set.of());
        }
        return chains.of(read.item().id()).orElseThrow();
    }

    /**
     * Confirms or rejects a proposed (or earlier reviewed) match that touches the item; empty if the item
     * has no such match.
     */
    @Transactional
    public Optional<ReviewState> review(long itemId, long linkId, ReviewState decision) {
        return links.review(itemId, linkId, decision);
    }

    /** Recomputes every stored score with the current matcher and proposes the matches it would make. */
    @Transactional
    public Relinked relink() {
        return rescoring.all();
    }

    /** As {@link #relink()}, only if the stored scores were made by another matcher version, and on one node. */
    @Transactional
    public Optional<Relinked> relinkIfMatcherChanged() {
        return rescoring.ifMatcherChanged();
    }
}
