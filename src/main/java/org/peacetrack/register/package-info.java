/**
 * The register: what the Special Committee asked for and what the Secretariat reported. It owns the frameworks
 * (a C-34 session's report, the A4P themes and A4P+ priorities from reference data, action plans from CSV), their
 * numbered items, the links between items as stored facts, and every status update with the paragraph it came
 * from; the status-update aggregate guards its own workflow transitions and registers the events the audit trail
 * records. It records the statuses an addendum gives, answers every read of items, lists, downloads and the
 * dashboard's statistics as a {@link org.peacetrack.register.Viewer} may see them. A theme is one concept
 * ({@link org.peacetrack.register.Theme}: the report's heading and the A4P theme it names). Its entities are its
 * own: lineage and workflow use its facades ({@link org.peacetrack.register.RecommendationRegister},
 * {@link org.peacetrack.register.ItemLinks}, {@link org.peacetrack.register.StatusUpdates}). It declares what it needs from
 * the modules above it as interfaces ({@link org.peacetrack.register.LinkScoring},
 * {@link org.peacetrack.register.ItemChains}, {@link org.peacetrack.register.ReportingPeriod}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Register",
        allowedDependencies = {"documents", "exports", "extraction", "i18n", "persistence", "reference", "security"})
package org.peacetrack.register;
