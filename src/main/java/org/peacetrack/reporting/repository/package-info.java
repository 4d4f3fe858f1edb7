/** The online repository of a year's recommendations, and the published reads every report is made from. */
@org.springframework.modulith.NamedInterface("repository")
package org.peacetrack.reporting.repository;
