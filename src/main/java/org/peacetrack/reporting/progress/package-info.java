/** Progress reports per session, theme and entity: their facts, charts, HTML and PDF. */
@org.springframework.modulith.NamedInterface("progress")
package org.peacetrack.reporting.progress;
