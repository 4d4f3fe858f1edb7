/**
 * Nodes: what several application nodes on one database share besides the records (ADR 0055, 0056). Work that
 * must happen once however many nodes run takes a lock row in {@code node_lock}, held by a transaction of the
 * node that does it, so a node that dies releases it with its connection: {@link org.peacetrack.nodes.NodeLocks}
 * for the other capabilities' scheduled work, and one node at a time through its start-up work (migrations are
 * Flyway's own lock). Signed-in sessions live in the database ({@code spring_session}, Spring Session JDBC) when
 * {@code peacetrack.sessions.store=database}, as the multi-node configuration sets it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Nodes", allowedDependencies = {})
package org.peacetrack.nodes;
