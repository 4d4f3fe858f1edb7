package org.peacetrack.reporting.web;

import java.util.Locale;
import org.peacetrack.reporting.progress.ReportRefusal;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A report that cannot be written as asked: 400 or 404 with the bundle's sentence, as a problem detail
 * (RFC 9457) for the API and the downloads alike; the pages' language for pages, English for the API.
 */
@ControllerAdvice(assignableTypes = {RepositoryPages.class, ProgressPages.class, ReportApi.class})
class ReportErrors {

    private final MessageSource messages;

    ReportErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ReportRefusal.class)
    ResponseEntity<ProblemDetail> refused(ReportRefusal refusal, Locale locale, jakarta.servlet.http.HttpServletRequest request) {
        HttpStatus status = refusal.reason() == ReportRefusal.Reason.NOT_FOUND ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
        Locale language = request.getRequestURI().startsWith("/api/") ? Locale.ENGLISH : locale;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(refusal.code(), refusal.arguments(), language));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
