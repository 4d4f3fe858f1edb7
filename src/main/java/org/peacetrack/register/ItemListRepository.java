package org.peacetrack.register;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The reads behind browse lists: items with the opening of their text, and openings of their statuses. */
interface ItemListRepository extends Repository<TrackedItemEntity, Long> {

    /** Enough characters for the opening words a list shows, without reading whole texts. */
    int OPENING_CHARS = 320;

    @Query("""
            select new org.peacetrack.register.ListedRow(i.id, f.code, f.sessionYear, i.number, i.title, i.theme,
                i.currentStatus, substring(i.body, 1, 320))
            from TrackedItemEntity i join FrameworkEntity f on f.id = i.frameworkId
            where i.frameworkId = :frameworkId order by i.number""")
    List<ListedRow> rowsOf(long frameworkId);

    /** Published statuses of a framework's items that have no text, newest first per item. */
    @Query("""
            select u.itemId, substring(u.narrative, 1, 320) from StatusUpdateEntity u
            join TrackedItemEntity i on i.id = u.itemId
            where i.frameworkId = :frameworkId and i.body is null and u.narrative is not null
              and u.workflowState = org.peacetrack.register.WorkflowState.PUBLISHED
            order by u.itemId, u.reportingYear desc, u.createdAt desc, u.id desc""")
    List<Object[]> statusOpeningsOfItemsWithoutText(long frameworkId);
}
