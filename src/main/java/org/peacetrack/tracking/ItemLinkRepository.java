package org.peacetrack.tracking;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ItemLinkRepository extends JpaRepository<ItemLinkEntity, Long> {

    List<ItemLinkEntity> findByFromItemId(long fromItemId);

    List<ItemLinkEntity> findByToItemId(long toItemId);

    boolean existsByFromItemIdAndToItemIdAndKind(long fromItemId, long toItemId, LinkKind kind);
}
