package org.peacetrack.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.peacetrack.register.Status;
import org.peacetrack.register.UpdateSnapshot;
import org.peacetrack.register.WorkflowState;

class StoredSnapshotTest {

    private final StoredSnapshot column = new StoredSnapshot();

    @Test
    void aStateIsStoredAsNamedFieldsAndReadBackWhole() {
        UpdateSnapshot state = new UpdateSnapshot(WorkflowState.RETURNED, Status.IMPLEMENTED, "Add dates", 2,
                "x".repeat(5000) + " | \"quoted\"");

        String stored = column.convertToDatabaseColumn(state);

        assertThat(stored).startsWith("{\"state\":\"RETURNED\",\"status\":\"IMPLEMENTED\",\"message\":\"Add dates\","
                + "\"evidence\":2,\"narrative\":");
        assertThat(column.convertToEntityAttribute(stored)).isEqualTo(state);
        assertThat(column.convertToDatabaseColumn(null)).isNull();
        assertThat(column.convertToEntityAttribute(null)).isNull();
    }

    @Test
    void theRowsV95CarriedOverReadAsStates() {
        assertThat(column.convertToEntityAttribute("{\"state\":\"SUBMITTED\",\"status\":\"IMPLEMENTED\","
                + "\"message\":null,\"evidence\":2,\"narrative\":\"A | B text\"}"))
                .isEqualTo(new UpdateSnapshot(WorkflowState.SUBMITTED, Status.IMPLEMENTED, null, 2, "A | B text"));
        assertThat(column.convertToEntityAttribute("{\"state\":null,\"status\":null,\"message\":null,"
                + "\"evidence\":0,\"narrative\":\"no parts\"}"))
                .isEqualTo(new UpdateSnapshot(null, null, null, 0, "no parts"));
    }
}
