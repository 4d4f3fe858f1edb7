package org.peacetrack.workflow.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.peacetrack.diff.WordDiff;
import org.peacetrack.register.ConcurrentEditException;
import org.peacetrack.register.ItemView;
import org.peacetrack.register.RegisterService;
import org.peacetrack.register.Status;
import org.peacetrack.register.StatusView;
import org.peacetrack.register.Viewer;
import org.peacetrack.register.WorkflowState;
import org.peacetrack.security.Actor;
import org.peacetrack.security.CurrentActor;
import org.peacetrack.workflow.CycleQueries;
import org.peacetrack.workflow.WorkItem;
import org.peacetrack.workflow.WorkflowService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * One assigned item in a cycle: the recommendation and its published status, the focal point's draft
 * (started from that status), the reviewer's view of the draft against it, and the editor's decision.
 */
@Controller
class WorkItemPages {

    private final WorkflowService workflow;
    private final CycleQueries queries;
    private final RegisterService register;
    private final CurrentActor current;

    WorkItemPages(WorkflowService workflow, CycleQueries queries, RegisterService register, CurrentActor current) {
        this.workflow = workflow;
        this.queries = queries;
        this.register = register;
        this.current = current;
    }

    @GetMapping("/cycles/{cycleId}/items/{itemId}")
    String show(@PathVariable long cycleId, @PathVariable long itemId, Model model) {
        Actor me = current.require();
        WorkItem work = queries.workItem(cycleId, itemId, Viewer.of(me)).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, "Item " + itemId + " is not assigned in cycle " + cycleId));
        Optional<ItemView> item = register.item(itemId);
        StatusView published = item.flatMap(i -> lastPublished(i, work)).orElse(null);
        model.addAttribute("work", work);
        model.addAttribute("recommendation", item.map(ItemView::text).orElse(null));
        model.addAttribute("published", published);
        model.addAttribute("statuses", Status.values());
        model.addAttribute("can", new WorkPermissions(me, work));
        if (work.update() != null && published != null) {
            model.addAttribute("reviewDiff", WordDiff.between(published.narrative(), work.update().narrative()));
        }
        if (!model.containsAttribute("draftText")) {
            boolean fresh = work.update() == null;
            model.addAttribute("draftText", fresh ? published == null ? "" : published.narrative()
                    : work.update().narrative());
            model.addAttribute("draftStatus", fresh ? published == null ? Status.ONGOING : published.status()
                    : work.update().status());
        }
        return "work-item";
    }

    /** The latest status published before this cycle's own update: last year's, or the imported one. */
    /** The status readers see now: the newest imported or published one, not the update being worked on. */
    private static Optional<StatusView> lastPublished(ItemView item, WorkItem work) {
        return item.history().stream()
                .filter(s -> Viewer.isPublic(s.workflowState()))
                .filter(s -> work.update() == null || s.id() != work.update().id()).findFirst();
    }

    @PostMapping("/cycles/{cycleId}/items/{itemId}/draft")
    String saveDraft(@PathVariable long cycleId, @PathVariable long itemId, @RequestParam Status status,
            @RequestParam String narrative, @RequestParam(required = false) Long version,
            @RequestParam(defaultValue = "save") String then, Model model, HttpServletResponse response) {
        try {
            var saved = workflow.saveDraft(cycleId, itemId, status, narrative, version, current.require());
            if ("submit".equals(then)) {
                workflow.submit(saved.id(), saved.version(), current.require());
            }
        } catch (ConcurrentEditException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("conflict", true);
            model.addAttribute("draftText", narrative);
            model.addAttribute("draftStatus", status);
            String show = show(cycleId, itemId, model);
            StatusView theirs = ((WorkItem) model.getAttribute("work")).update();
            model.addAttribute("theirs", theirs);
            model.addAttribute("conflictDiff", WordDiff.between(theirs.narrative(), narrative));
            return show;
        }
        return "redirect:/cycles/" + cycleId + "/items/" + itemId;
    }

    @PostMapping("/cycles/{cycleId}/items/{itemId}/evidence")
    String attachEvidence(@PathVariable long cycleId, @PathVariable long itemId, @RequestParam long updateId,
            @RequestParam String label, @RequestParam String url) {
        workflow.attachEvidence(updateId, label, url, current.require());
        return "redirect:/cycles/" + cycleId + "/items/" + itemId;
    }

    @PostMapping("/cycles/{cycleId}/items/{itemId}/decision")
    String decide(@PathVariable long cycleId, @PathVariable long itemId, @RequestParam long updateId,
            @RequestParam long version, @RequestParam String decision,
            @RequestParam(required = false) String message) {
        Actor me = current.require();
        switch (decision) {
            case "submit" -> workflow.submit(updateId, version, me);
            case "return" -> workflow.returnWithMessage(updateId, message, version, me);
            case "approve" -> workflow.approve(updateId, version, me);
            case "publish" -> workflow.publish(updateId, version, me);
            default -> throw new IllegalArgumentException("Unknown decision " + decision);
        }
        return "redirect:/cycles/" + cycleId + "/items/" + itemId;
    }
}
