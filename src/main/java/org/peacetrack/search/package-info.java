/**
 * Full-text search over tracked items, status updates and document paragraphs (Hibernate Search on Lucene,
 * or Elasticsearch/OpenSearch for several nodes). The entities of tracking and documents carry the mapping
 * annotations; this capability owns the analysis, the derived mention fields, the queries and the pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package org.peacetrack.search;
