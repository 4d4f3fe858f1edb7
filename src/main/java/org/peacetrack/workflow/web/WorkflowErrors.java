package org.peacetrack.workflow.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.peacetrack.register.ForbiddenActionException;
import org.peacetrack.register.WorkflowException;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Workflow refusals as pages that say what happened and what to do, in the reader's language, never a
 * stack trace. The header's signed-in person comes from the request (security's filter puts it there).
 */
@ControllerAdvice(assignableTypes = {CyclePages.class, WorkItemPages.class, MyItemsPage.class})
class WorkflowErrors {

    private final MessageSource messages;

    WorkflowErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ForbiddenActionException.class)
    ModelAndView forbidden(ForbiddenActionException e, HttpServletRequest request, Locale locale) {
        return page(HttpStatus.FORBIDDEN, "workflowError.forbidden", message(e, locale), request);
    }

    @ExceptionHandler(WorkflowException.class)
    ModelAndView wrongTransition(WorkflowException e, HttpServletRequest request, Locale locale) {
        return page(HttpStatus.CONFLICT, "workflowError.notNow", message(e, locale), request);
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ModelAndView concurrent(HttpServletRequest request, Locale locale) {
        return page(HttpStatus.CONFLICT, "workflowError.concurrent",
                messages.getMessage("workflowError.concurrent.message", null, locale), request);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ModelAndView badRequest(IllegalArgumentException e, HttpServletRequest request, Locale locale) {
        return page(HttpStatus.BAD_REQUEST, "workflowError.checkForm", message(e, locale), request);
    }

    private String message(RuntimeException e, Locale locale) {
        return e instanceof MessageSourceResolvable r && r.getCodes() != null ? messages.getMessage(r, locale)
                : e.getMessage();
    }

    private static ModelAndView page(HttpStatus status, String headingKey, String message, HttpServletRequest request) {
        ModelAndView page = new ModelAndView("workflow-error", status);
        page.addObject("headingKey", headingKey);
        page.addObject("message", message);
        page.addObject("back", request.getHeader("Referer"));
        return page;
    }
}
