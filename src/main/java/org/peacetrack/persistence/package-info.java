/**
 * Persistence helpers every capability may use for its own tables, with no tables of its own: binding a list
 * of ids as fixed-length single parameters so that Hibernate translates each query once (ListParameters), and
 * putting a capability's own Hibernate event listener beside Hibernate's (HibernateListeners).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Persistence", allowedDependencies = {})
package org.peacetrack.persistence;
