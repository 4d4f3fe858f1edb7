/**
 * Caching: responses to anonymous readers computed once and served again until something readers may see changes
 * (ADR 0062). The publication generation ({@code publication_generation}, one row) is raised in the same
 * transaction as every write of content, by a Hibernate listener for the entities and through
 * {@link org.peacetrack.caching.PublicationGeneration} for writes in plain JDBC, and once more after the commit,
 * when the search index shows it. A servlet filter keys each stored response by the generation it read before the
 * response was made, so a change committed on any node retires every node's entries at once. Signed-in readers
 * are never served from, nor stored into, the cache.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Caching", allowedDependencies = {"persistence"})
package org.peacetrack.caching;
