/**
 * Lineage: how a recommendation connects across sessions. It records a Special Committee report's items (filling
 * placeholders and linking each to its A4P theme), proposes matches with the adjacent sessions by TF-IDF text
 * similarity for a person to confirm or reject, scores every reference and match (and rescores them when the
 * matcher changes), and follows references and matches into an item's chain with its warnings. It stores
 * nothing of its own: links and items are the register's, reached through the register's public types.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Lineage", allowedDependencies = "register")
package org.peacetrack.lineage;
