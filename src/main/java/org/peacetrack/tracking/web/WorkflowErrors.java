package org.peacetrack.tracking.web;

import jakarta.servlet.http.HttpServletRequest;
import org.peacetrack.tracking.ForbiddenActionException;
import org.peacetrack.tracking.WorkflowException;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Workflow refusals as pages that say what happened and what to do, never a stack trace. */
@ControllerAdvice(assignableTypes = {CyclePages.class, WorkItemPages.class})
class WorkflowErrors {

    @ExceptionHandler(ForbiddenActionException.class)
    ModelAndView forbidden(ForbiddenActionException e, HttpServletRequest request) {
        return page(HttpStatus.FORBIDDEN, "Not allowed", e.getMessage(), request);
    }

    @ExceptionHandler(WorkflowException.class)
    ModelAndView wrongTransition(WorkflowException e, HttpServletRequest request) {
        return page(HttpStatus.CONFLICT, "That step is not possible now", e.getMessage(), request);
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ModelAndView concurrent(HttpServletRequest request) {
        return page(HttpStatus.CONFLICT, "Changed by someone else", "Someone else changed this update at the same "
                + "moment. Reload the page to see their change; nothing was saved from this request.", request);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ModelAndView badRequest(IllegalArgumentException e, HttpServletRequest request) {
        return page(HttpStatus.BAD_REQUEST, "Please check the form", e.getMessage(), request);
    }

    private static ModelAndView page(HttpStatus status, String title, String message, HttpServletRequest request) {
        ModelAndView page = new ModelAndView("workflow-error", status);
        page.addObject("title", title);
        page.addObject("message", message);
        page.addObject("back", request.getHeader("Referer"));
        return page;
    }
}
