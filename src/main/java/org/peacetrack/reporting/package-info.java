/**
 * The documents Peacetrack writes from its records: the addendum, the online repository of a year's
 * recommendations, and progress reports per theme, entity and session. It reads only what anyone may read
 * (published and imported statuses) through the register's and lineage's facades, and owns no tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting", allowedDependencies = {"register", "lineage"})
package org.peacetrack.reporting;
