package org.peacetrack.tracking.web;

import org.peacetrack.security.Actor;
import org.peacetrack.security.CurrentActor;
import org.peacetrack.tracking.ConcurrentEditException;
import org.peacetrack.tracking.CycleQueries;
import org.peacetrack.tracking.Status;
import org.peacetrack.tracking.Viewer;
import org.peacetrack.tracking.WorkItem;
import org.peacetrack.tracking.WorkflowService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** One assigned item in a cycle: the focal point's draft, and the reviewer's and editor's decisions. */
@Controller
class WorkItemPages {

    private final WorkflowService workflow;
    private final CycleQueries queries;
    private final CurrentActor current;

    WorkItemPages(WorkflowService workflow, CycleQueries queries, CurrentActor current) {
        this.workflow = workflow;
        this.queries = queries;
        this.current = current;
    }

    @GetMapping("/cycles/{cycleId}/items/{itemId}")
    String show(@PathVariable long cycleId, @PathVariable long itemId, Model model) {
        Actor me = current.require();
        WorkItem work = queries.workItem(cycleId, itemId, Viewer.of(me)).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, "Item " + itemId + " is not assigned in cycle " + cycleId));
        model.addAttribute("work", work);
        model.addAttribute("statuses", Status.values());
        model.addAttribute("can", new WorkPermissions(me, work));
        if (!model.containsAttribute("draftText")) {
            model.addAttribute("draftText", work.update() == null ? "" : work.update().narrative());
            model.addAttribute("draftStatus", work.update() == null ? Status.ONGOING : work.update().status());
        }
        return "work-item";
    }

    @PostMapping("/cycles/{cycleId}/items/{itemId}/draft")
    String saveDraft(@PathVariable long cycleId, @PathVariable long itemId, @RequestParam Status status,
            @RequestParam String narrative, @RequestParam(required = false) Long version,
            @RequestParam(defaultValue = "save") String then, Model model) {
        try {
            var saved = workflow.saveDraft(cycleId, itemId, status, narrative, version, current.require());
            if ("submit".equals(then)) {
                workflow.submit(saved.id(), saved.version(), current.require());
            }
        } catch (ConcurrentEditException e) {
            model.addAttribute("conflict", e.getMessage());
            model.addAttribute("draftText", narrative);
            model.addAttribute("draftStatus", status);
            return show(cycleId, itemId, model);
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
