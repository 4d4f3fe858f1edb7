/**
 * Writes the documents that Peacetrack reads: from the published records, the Secretary-General's addendum
 * for a session's recommendations and a reporting year (masthead, the matrix by theme, footnotes, the
 * standard sentences), in DOCX, PDF, HTML and Markdown, with a generation report that names every gap. The
 * wording lives in templates (templates/reports/) and in the reporting message bundle, not in Java. Only
 * public statuses go in (the register's Viewer rule for anyone). Subpackages: {@code addendum} (its model and
 * writers), {@code web} (downloads and REST); {@code repository} and {@code progress} (other reports).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting",
        allowedDependencies = {"register", "lineage", "documents"})
package org.peacetrack.reporting;
