package org.peacetrack.register;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ItemLinkRepository extends JpaRepository<ItemLinkEntity, Long> {

    /** The kinds of link that carry a text similarity. */
    List<LinkKind> SCORED = List.of(LinkKind.REFERS_TO_PRIOR, LinkKind.SIMILAR_TO);

    /** Both directions in one query: an item page needs the links from it and to it. */
    @Query("select l from ItemLinkEntity l where l.fromItemId = :itemId or l.toItemId = :itemId order by l.id")
    List<ItemLinkEntity> findTouching(long itemId);

    /**
     * The links of an item's chain, in one statement: the chain's members are what explicit references and
     * non-rejected matches reach from the item, either way. A recursive query on H2 and PostgreSQL alike: each
     * row is a path from the item that never returns to a member it passed (H2 does not end a UNION's recursion
     * on a cycle), at most {@code largest} long, and the first {@code largest} rows are its members, so that a
     * tangle of matches cannot make a page slow; the links returned are those touching them (a join from the
     * members, so that each is found by index: a filter over item_link read every link, 8 ms at 4,000 links).
     */
    @Query(nativeQuery = true, value = """
            with recursive walk (id, path, depth) as (
                select cast(:itemId as bigint), cast(concat('/', :itemId, '/') as varchar(4000)), 0
                union all
                select case when l.from_item_id = w.id then l.to_item_id else l.from_item_id end,
                       cast(concat(w.path, case when l.from_item_id = w.id then l.to_item_id else l.from_item_id end, '/')
                            as varchar(4000)),
                       w.depth + 1
                  from item_link l join walk w on l.from_item_id = w.id or l.to_item_id = w.id
                 where (l.kind = 'REFERS_TO_PRIOR' or l.kind = 'SIMILAR_TO' and coalesce(l.review_state, '') <> 'REJECTED')
                   and w.depth < :largest
                   and w.path not like concat('%/', case when l.from_item_id = w.id then l.to_item_id else l.from_item_id end,
                                              '/%'))
            select distinct l.* from item_link l join (select id from walk fetch first :largest rows only) m
                on l.from_item_id = m.id or l.to_item_id = m.id
             where l.kind = 'REFERS_TO_PRIOR' or l.kind = 'SIMILAR_TO' and coalesce(l.review_state, '') <> 'REJECTED'
             order by l.id
            """)
    List<ItemLinkEntity> findChain(long itemId, int largest);

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
