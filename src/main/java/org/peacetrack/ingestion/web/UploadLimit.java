package org.peacetrack.ingestion.web;

import jakarta.servlet.http.HttpServletRequest;
import org.peacetrack.extraction.DocumentKind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/** An upload over the limit is refused before it reaches the pipeline: a problem for the API, the form again for people. */
@ControllerAdvice
class UploadLimit {

    private final long maxBytes;

    UploadLimit(@Value("${peacetrack.import.max-bytes}") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request) {
        String message = "The file is larger than the limit of " + maxBytes / (1024 * 1024)
                + " MB (peacetrack.import.max-bytes). Nothing was stored.";
        if (request.getRequestURI().startsWith("/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, message);
            problem.setTitle("Document not imported");
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
        }
        ModelAndView form = new ModelAndView("import", HttpStatus.CONTENT_TOO_LARGE);
        form.addObject("error", message);
        form.addObject("kinds", DocumentKind.values());
        form.addObject("maxMegabytes", maxBytes / (1024 * 1024));
        return form;
    }
}
