package org.peacetrack.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An item's missions and entities are values, each once, in the order texts first named them (ADR 0048). */
class ItemConcernsTest {

    private final TrackedItemEntity item = TrackedItemEntity.placeholder(session(), 38,
            Instant.parse("2025-03-01T10:00:00Z"));

    private static FrameworkEntity session() {
        FrameworkEntity session = FrameworkEntity.c34Session("A/78/19");
        session.id = 1L;
        return session;
    }

    @Test
    void laterStatusesAddOnlyWhatIsNewAfterWhatWasKnown() {
        item.concerns(List.of("MONUSCO", "MINUSCA"), List.of("OIOS"));
        item.concerns(List.of("MINUSCA", "UNMISS", "UNMISS"), List.of("DPO", "OIOS"));

        assertThat(item.missions()).containsExactly("MONUSCO", "MINUSCA", "UNMISS");
        assertThat(item.responsibleEntities()).containsExactly("OIOS", "DPO");
    }

    @Test
    void blankOrPaddedNamesAreTrimmedOrLeftOut() {
        item.concerns(List.of(" MINUSCA ", " "), List.of());

        assertThat(item.missions()).containsExactly("MINUSCA");
        assertThat(item.responsibleEntities()).isEmpty();
    }

    @Test
    void anActionPlanNamesItsResponsibleEntitiesAnewEachImport() {
        item.describe(new PlannedAction(1, "Train all contingents", "Performance", List.of("DPO", "DOS", "DPO")));
        item.describe(new PlannedAction(1, "Train all contingents", "Performance", List.of("DOS")));

        assertThat(item.responsibleEntities()).containsExactly("DOS");
    }
}
