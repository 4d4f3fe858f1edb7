package org.peacetrack.ingestion.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.peacetrack.documents.DocumentKind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload over the limit is refused before it reaches the pipeline: a problem for the API (in English,
 * as the whole API), the form again for people, in their language.
 */
@ControllerAdvice
class UploadLimit {

    private final long maxBytes;
    private final MessageSource messages;

    UploadLimit(@Value("${peacetrack.import.max-bytes}") long maxBytes, MessageSource messages) {
        this.maxBytes = maxBytes;
        this.messages = messages;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request, Locale locale) {
        long megabytes = maxBytes / (1024 * 1024);
        if (request.getRequestURI().startsWith("/api/")) {
            String message = "The file is larger than the limit of " + megabytes
                    + " MB (peacetrack.import.max-bytes). Nothing was stored.";
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, message);
            problem.setTitle("Document not imported");
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
        }
        ModelAndView form = new ModelAndView("import", HttpStatus.CONTENT_TOO_LARGE);
        form.addObject("error", messages.getMessage("ingestion.import.tooLarge", new Object[] {megabytes}, locale));
        form.addObject("kinds", DocumentKind.values());
        form.addObject("maxMegabytes", megabytes);
        return form;
    }
}
