package org.peacetrack.tracking;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ItemLinkRepository extends JpaRepository<ItemLinkEntity, Long> {

    @Query("select l from ItemLinkEntity l where l.fromItemId = :fromItemId")
    List<ItemLinkEntity> findByFromItemId(long fromItemId);

    @Query("select l from ItemLinkEntity l where l.toItemId = :toItemId")
    List<ItemLinkEntity> findByToItemId(long toItemId);

    boolean existsByFromItemIdAndToItemIdAndKind(long fromItemId, long toItemId, LinkKind kind);
}
