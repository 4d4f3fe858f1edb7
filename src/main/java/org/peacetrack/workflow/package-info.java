/**
 * The reporting workflow: editors open a reporting cycle on a framework with a deadline and assign its items to
 * Secretariat entities; focal points draft, attach evidence and submit; reviewers return or approve; editors
 * publish, which makes the update the item's current status. It owns cycles and assignments, checks on the
 * server who may do what, and drives the register's status-update aggregate, whose transitions are its rules.
 * It also answers the cycle queries: progress, each person's waiting work, and a cycle's dashboard.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workflow",
        allowedDependencies = {"register", "reference", "security", "diff", "i18n"})
package org.peacetrack.workflow;
