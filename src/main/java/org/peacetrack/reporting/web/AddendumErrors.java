package org.peacetrack.reporting.web;

import java.util.Locale;
import org.peacetrack.reporting.ReportFormat;
import org.peacetrack.reporting.UnknownReportFormatException;
import org.peacetrack.reporting.UnknownSessionException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A report asked for in an unknown format (400) or on an unknown session (404): a problem, in the reader's language. */
@ControllerAdvice(assignableTypes = {AddendumDownloads.class, AddendumApi.class})
class AddendumErrors {

    private final MessageSource messages;

    AddendumErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(UnknownReportFormatException.class)
    ResponseEntity<ProblemDetail> unknownFormat(Locale locale) {
        return problem(HttpStatus.BAD_REQUEST, messages.getMessage("reporting.error.unknownFormat",
                new Object[] {ReportFormat.names()}, locale));
    }

    @ExceptionHandler(UnknownSessionException.class)
    ResponseEntity<ProblemDetail> unknownSession(UnknownSessionException e, Locale locale) {
        return problem(HttpStatus.NOT_FOUND, messages.getMessage("reporting.error.unknownSession",
                new Object[] {e.session()}, locale));
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
