package org.peacetrack.tracking;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TrackedItemRepository extends JpaRepository<TrackedItemEntity, Long> {

    @Query("select i from TrackedItemEntity i where i.frameworkId = :frameworkId and i.number = :number")
    Optional<TrackedItemEntity> findByFrameworkIdAndNumber(long frameworkId, int number);

    List<TrackedItemEntity> findByFrameworkIdOrderByNumber(long frameworkId);

    List<TrackedItemEntity> findByFrameworkIdAndThemeOrderByNumber(long frameworkId, String theme);

    @Query("select i from TrackedItemEntity i where i.id in :ids")
    List<TrackedItemEntity> findByIdIn(Collection<Long> ids);

    long countByFrameworkId(long frameworkId);

    List<TrackedItemEntity> findBySourceParagraphIdIn(Collection<Long> paragraphIds);

    @Query("select i.frameworkId, count(i) from TrackedItemEntity i group by i.frameworkId")
    List<Object[]> countPerFramework();

    @Query("select i.frameworkId, count(i) from TrackedItemEntity i where i.frameworkId in :ids group by i.frameworkId")
    List<Object[]> countPerFramework(Collection<Long> ids);

    /** Themes in the order the document presents them (by their lowest item number). */
    @Query("""
            select i.theme, count(i) from TrackedItemEntity i
            where i.frameworkId = :frameworkId and i.theme is not null
            group by i.theme order by min(i.number)""")
    List<Object[]> countByTheme(long frameworkId);
}
