package org.peacetrack.register;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TrackedItemRepository extends JpaRepository<TrackedItemEntity, Long> {

    @Query("select i from TrackedItemEntity i where i.frameworkId = :frameworkId and i.number = :number")
    Optional<TrackedItemEntity> findByFrameworkIdAndNumber(long frameworkId, int number);

    List<TrackedItemEntity> findByFrameworkIdOrderByNumber(long frameworkId);

    /** Id and text of a framework's items that have a text, without loading (and dirty-checking) the items. */
    @Query("select i.id, i.body from TrackedItemEntity i where i.frameworkId = :frameworkId and i.body is not null order by i.number")
    List<Object[]> idsAndTextsOf(long frameworkId);

    /** Id, framework and text of these items (the ends of links being scored), without loading the items. */
    @Query("select i.id, i.frameworkId, i.body from TrackedItemEntity i where i.id in :ids")
    List<Object[]> frameworksAndTextsOf(Collection<Long> ids);

    /** The texts of a framework's items that have one: the corpus that lineage scores are computed over. */
    @Query("select i.body from TrackedItemEntity i where i.frameworkId = :frameworkId and i.body is not null order by i.number")
    List<String> textsOf(long frameworkId);

    /** Items as lists show them (RegisterService.summary in a query), without reading their texts; by id: SummariesById. */
    String SUMMARIES = """
            select new org.peacetrack.register.ItemSummary(i.id, f.code, f.sessionYear, i.number, i.title, i.theme,
                i.currentStatus)
            from TrackedItemEntity i join FrameworkEntity f on f.id = i.frameworkId
            """;

    /** A framework's items by number. */
    @Query(SUMMARIES + "where i.frameworkId = :frameworkId order by i.number")
    List<ItemSummary> summariesOf(long frameworkId);

    @Query(SUMMARIES + "where f.code = :frameworkCode and i.number = :number")
    Optional<ItemSummary> findSummary(String frameworkCode, int number);

    /** The item (with its missions and entities) and its framework in one row. */
    @Query("""
            select i, f from TrackedItemEntity i left join fetch i.missions left join fetch i.responsibleEntities
            join FrameworkEntity f on f.id = i.frameworkId where i.id = :id""")
    List<Object[]> findWithFramework(long id);

    /** Item id and mission of a framework's items, each item's missions in their order. */
    @Query("""
            select i.id, m from TrackedItemEntity i join i.missions m where i.frameworkId = :frameworkId
            order by i.id, index(m)""")
    List<Object[]> missionsOf(long frameworkId);

    /** Item id and responsible entity of a framework's items, each item's entities in their order. */
    @Query("""
            select i.id, e from TrackedItemEntity i join i.responsibleEntities e where i.frameworkId = :frameworkId
            order by i.id, index(e)""")
    List<Object[]> entitiesOf(long frameworkId);

    @Query("select i from TrackedItemEntity i where i.id in :ids")
    List<TrackedItemEntity> findByIdIn(Collection<Long> ids);

    List<TrackedItemEntity> findBySourceParagraphIdIn(Collection<Long> paragraphIds);

    @Query("select i.frameworkId, count(i) from TrackedItemEntity i group by i.frameworkId")
    List<Object[]> countPerFramework();

    @Query("select i.frameworkId, count(i) from TrackedItemEntity i where i.frameworkId in :ids group by i.frameworkId")
    List<Object[]> countPerFramework(Collection<Long> ids);
}
