package org.peacetrack.register;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FrameworkRepository extends JpaRepository<FrameworkEntity, Long> {

    @Query("select f from FrameworkEntity f where f.code = :code")
    Optional<FrameworkEntity> findByCode(String code);

    /** As findAllById, but a JPQL query whose plan Hibernate keeps, rather than a criteria query built per call. */
    @Query("select f from FrameworkEntity f where f.kind = :kind order by f.sessionYear, f.code")
    List<FrameworkEntity> findByKind(FrameworkKind kind);

    @Query("select f from FrameworkEntity f where f.id in :ids")
    List<FrameworkEntity> findByIdIn(Collection<Long> ids);

    @Query("select new org.peacetrack.register.FrameworkRef(f.id, f.code, f.sessionYear) from FrameworkEntity f")
    List<FrameworkRef> findRefs();

    /** Changes whenever a framework is added or removed (frameworks are never edited once stored). */
    @Query("select coalesce(max(f.id), 0) * 4294967296 + count(f) from FrameworkEntity f")
    long stamp();

    /** Sessions newest first; frameworks without a session (A4P, A4P+) after them. */
    @Query("select f from FrameworkEntity f order by f.sessionYear desc nulls last, f.code")
    List<FrameworkEntity> findAllByOrderBySessionYearDesc();

    @Query("select f from FrameworkEntity f where (:kind is null or f.kind = :kind) order by f.sessionYear desc nulls last, f.code")
    Page<FrameworkEntity> findPage(FrameworkKind kind, Pageable page);

    /** The principal frameworks (C-34 sessions, A4P, A4P+), in the same order. */
    @Query("select f from FrameworkEntity f where f.kind in " + PRINCIPAL_KINDS
            + " order by f.sessionYear desc nulls last, f.code")
    List<FrameworkEntity> findPrincipal();

    /** As findPrincipal, without loading the frameworks. */
    @Query("select new org.peacetrack.register.FrameworkRef(f.id, f.code, f.sessionYear) from FrameworkEntity f"
            + " where f.kind in " + PRINCIPAL_KINDS + " order by f.sessionYear desc nulls last, f.code")
    List<FrameworkRef> findPrincipalRefs();

    @Query("select f.code from FrameworkEntity f where f.kind in " + PRINCIPAL_KINDS
            + " and exists (select 1 from TrackedItemEntity i where i.frameworkId = f.id and i.theme is not null)"
            + " order by f.sessionYear desc nulls last, f.code")
    List<String> findPrincipalCodesWithThemes();

    /** As a literal in the query text, so that Hibernate keeps each query's translation to SQL. */
    String PRINCIPAL_KINDS = "(" + OverviewRepository.KIND + "C34_SESSION, " + OverviewRepository.KIND + "A4P_THEMES, "
            + OverviewRepository.KIND + "A4P_PLUS_PRIORITIES)";
}
