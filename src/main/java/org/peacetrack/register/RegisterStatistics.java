package org.peacetrack.register;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's overview in a handful of grouped queries, whatever the number of items. Counts only
 * current statuses, which are always published ones: drafts and work in progress never show here.
 */
@Service
@Transactional(readOnly = true)
public class RegisterStatistics {

    static final int OLDEST_OPEN = 10;

    private final OverviewRepository overview;
    private final FrameworkRepository frameworks;

    RegisterStatistics(OverviewRepository overview, FrameworkRepository frameworks) {
        this.overview = overview;
        this.frameworks = frameworks;
    }

    public RegisterOverview overview() {
        List<Object[]> perSession = overview.statusPerSession();
        Optional<FrameworkEntity> themed = frameworks.findPrincipalCodesWithThemes().stream()
                .flatMap(code -> frameworks.findByCode(code).stream())
                .filter(f -> FrameworkEntity.C34_RECOMMENDATIONS.equals(f.kind)).findFirst();
        return new RegisterOverview(breakdowns(perSession.stream().map(r -> new Object[] {
                        sessionLabel((String) r[0], (Integer) r[1]), r[2], r[3] })),
                themed.map(f -> new FrameworkRef(f.id, f.code, f.sessionYear)).orElse(null),
                themed.map(f -> byTheme(f.id)).orElse(List.of()), carryOver(perSession), OldestOpen.of(overview
                        .openNotContinued(PageRequest.of(0, OLDEST_OPEN)), overview.openContinuing(),
                        overview.chainLinks(), OLDEST_OPEN));
    }

    private static String sessionLabel(String code, Integer year) {
        return year == null ? code : year + " (" + code + ")";
    }

    private List<StatusBreakdown> byTheme(long frameworkId) {
        List<Object[]> rows = new ArrayList<>(overview.statusPerTheme(frameworkId));
        Map<String, Integer> firstNumber = new HashMap<>();
        rows.forEach(r -> firstNumber.merge((String) r[0], ((Number) r[3]).intValue(), Math::min));
        rows.sort(Comparator.comparing((Object[] r) -> firstNumber.get((String) r[0])));
        return breakdowns(rows.stream());
    }

    /** Rows of group, status, count, in the order the groups should appear. */
    private static List<StatusBreakdown> breakdowns(Stream<Object[]> rows) {
        Map<String, Map<Status, Long>> counts = new LinkedHashMap<>();
        Map<String, Long> without = new HashMap<>();
        rows.forEach(r -> {
            String group = (String) r[0];
            Map<Status, Long> ofGroup = counts.computeIfAbsent(group, g -> new EnumMap<>(Status.class));
            long n = ((Number) r[2]).longValue();
            if (r[1] == null) {
                without.merge(group, n, Long::sum);
            } else {
                ofGroup.merge((Status) r[1], n, Long::sum);
            }
        });
        return counts.entrySet().stream()
                .map(e -> new StatusBreakdown(e.getKey(), e.getValue(), without.getOrDefault(e.getKey(), 0L))).toList();
    }

    private List<CarryOver> carryOver(List<Object[]> perSession) {
        Map<String, Long> carried = new HashMap<>();
        overview.carriedOverPerSession().forEach(r -> carried.put((String) r[0], ((Number) r[2]).longValue()));
        Map<String, CarryOver> bySession = new LinkedHashMap<>();
        perSession.stream().filter(r -> r[1] != null).forEach(r -> bySession.merge((String) r[0],
                new CarryOver((String) r[0], (Integer) r[1], ((Number) r[3]).longValue(), carried.getOrDefault(r[0], 0L)),
                (a, b) -> new CarryOver(a.frameworkCode(), a.sessionYear(), a.items() + b.items(), a.carriedOver())));
        return List.copyOf(bySession.values());
    }
}
