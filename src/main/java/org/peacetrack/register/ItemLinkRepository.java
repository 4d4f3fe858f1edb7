package org.peacetrack.register;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ItemLinkRepository extends JpaRepository<ItemLinkEntity, Long> {

    /** The kinds of link that carry a text similarity. */
    List<LinkKind> SCORED = List.of(LinkKind.REFERS_TO_PRIOR, LinkKind.SIMILAR_TO);

    /** Both directions in one query: an item page needs the links from it and to it. */
    @Query("select l from ItemLinkEntity l where l.fromItemId = :itemId or l.toItemId = :itemId order by l.id")
    List<ItemLinkEntity> findTouching(long itemId);

    /** The links of one kind from a framework's items. */
    @Query("select l from ItemLinkEntity l where l.kind = :kind and l.fromItemId in "
            + "(select i.id from TrackedItemEntity i where i.frameworkId = :frameworkId)")
    List<ItemLinkEntity> findFromFramework(long frameworkId, LinkKind kind);

    boolean existsByFromItemIdAndToItemIdAndKind(long fromItemId, long toItemId, LinkKind kind);

    /** Scored links with an end in the framework: their scores change when its texts do. */
    @Query("""
            select l from ItemLinkEntity l where l.kind in :kinds
              and (l.fromItemId in (select i.id from TrackedItemEntity i where i.frameworkId = :frameworkId)
                or l.toItemId in (select i.id from TrackedItemEntity i where i.frameworkId = :frameworkId))
            """)
    List<ItemLinkEntity> findByKindInTouchingFramework(Collection<LinkKind> kinds, long frameworkId);

    @Query("select l.id from ItemLinkEntity l where l.kind in :kinds order by l.id")
    List<Long> findIdsByKindIn(Collection<LinkKind> kinds);
}
