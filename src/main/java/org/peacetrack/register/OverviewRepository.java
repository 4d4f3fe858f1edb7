package org.peacetrack.register;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Grouped counts over the Special Committee's sessions, for the overview; none reads an item's text. */
interface OverviewRepository extends Repository<TrackedItemEntity, Long> {

    String C34 = "'" + FrameworkEntity.C34_RECOMMENDATIONS + "'";
    String OPEN = "(org.peacetrack.register.Status.ONGOING, org.peacetrack.register.Status.SEE_PRIOR,"
            + " org.peacetrack.register.Status.BRIEFING_PENDING, org.peacetrack.register.Status.NOT_STARTED,"
            + " org.peacetrack.register.Status.NARRATIVE)";
    /** A link that puts an item on the chain of an earlier one: LineageChains follows the same. */
    String CONTINUES = "(l.kind = org.peacetrack.register.LinkKind.REFERS_TO_PRIOR or (l.kind = org.peacetrack.register.LinkKind.SIMILAR_TO"
            + " and (l.reviewState is null or l.reviewState <> org.peacetrack.register.ReviewState.REJECTED)))";

    /** Rows of session code, session year, status (null: none yet), count; newest session first. */
    @Query("select f.code, f.sessionYear, i.currentStatus, count(i) from TrackedItemEntity i"
            + " join FrameworkEntity f on f.id = i.frameworkId where f.kind = " + C34
            + " group by f.code, f.sessionYear, i.currentStatus order by f.sessionYear desc, f.code")
    List<Object[]> statusPerSession();

    /** Rows of theme, status, count and the theme's lowest number (for the document's order). */
    @Query("select i.theme, i.currentStatus, count(i), min(i.number) from TrackedItemEntity i"
            + " where i.frameworkId = :frameworkId and i.theme is not null group by i.theme, i.currentStatus")
    List<Object[]> statusPerTheme(long frameworkId);

    /** Rows of session code, session year, how many of its items continue an earlier session's. */
    @Query("select f.code, f.sessionYear, count(i) from TrackedItemEntity i join FrameworkEntity f on f.id = i.frameworkId"
            + " where f.kind = " + C34 + " and exists (select 1 from ItemLinkEntity l join TrackedItemEntity e on e.id = l.toItemId"
            + " join FrameworkEntity ef on ef.id = e.frameworkId where l.fromItemId = i.id and ef.kind = " + C34
            + " and ef.sessionYear < f.sessionYear and " + CONTINUES + ") group by f.code, f.sessionYear")
    List<Object[]> carriedOverPerSession();

    /** Rows of later item, its session, earlier item, its session: every link of a chain across sessions. */
    @Query("select l.fromItemId, lf.sessionYear, l.toItemId, ef.sessionYear from ItemLinkEntity l"
            + " join TrackedItemEntity li on li.id = l.fromItemId join FrameworkEntity lf on lf.id = li.frameworkId"
            + " join TrackedItemEntity e on e.id = l.toItemId join FrameworkEntity ef on ef.id = e.frameworkId"
            + " where lf.kind = " + C34 + " and ef.kind = " + C34 + " and ef.sessionYear < lf.sessionYear and " + CONTINUES)
    List<Object[]> chainLinks();

    /** Open items that no later session continues, oldest session first. */
    @Query("select new org.peacetrack.register.ItemSummary(i.id, f.code, f.sessionYear, i.number, i.title, i.theme,"
            + " i.currentStatus) from TrackedItemEntity i join FrameworkEntity f on f.id = i.frameworkId"
            + " where f.kind = " + C34 + " and i.currentStatus in " + OPEN
            + " and not exists (select 1 from ItemLinkEntity l join TrackedItemEntity li on li.id = l.fromItemId"
            + " join FrameworkEntity lf on lf.id = li.frameworkId where l.toItemId = i.id and lf.sessionYear > f.sessionYear"
            + " and " + CONTINUES + ") order by f.sessionYear, i.number")
    List<ItemSummary> openNotContinued(Pageable page);

    /** As openNotContinued, only those that continue an earlier session's item. */
    @Query("select new org.peacetrack.register.ItemSummary(i.id, f.code, f.sessionYear, i.number, i.title, i.theme,"
            + " i.currentStatus) from TrackedItemEntity i join FrameworkEntity f on f.id = i.frameworkId"
            + " where f.kind = " + C34 + " and i.currentStatus in " + OPEN
            + " and exists (select 1 from ItemLinkEntity l where l.fromItemId = i.id and " + CONTINUES + ")"
            + " and not exists (select 1 from ItemLinkEntity l join TrackedItemEntity li on li.id = l.fromItemId"
            + " join FrameworkEntity lf on lf.id = li.frameworkId where l.toItemId = i.id and lf.sessionYear > f.sessionYear"
            + " and " + CONTINUES + ")")
    List<ItemSummary> openContinuing();
}
