package org.peacetrack.audit;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.peacetrack.register.Status;
import org.peacetrack.register.UpdateSnapshot;
import org.peacetrack.register.WorkflowState;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A change-log state as its column holds it (ADR 0059): a JSON object with the fields state, status, message,
 * evidence and narrative, named here rather than taken from the record so that renaming a component cannot
 * orphan the rows already written. V95 wrote the older rows in the same shape.
 */
@Converter
class StoredSnapshot implements AttributeConverter<UpdateSnapshot, String> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public String convertToDatabaseColumn(UpdateSnapshot snapshot) {
        if (snapshot == null) {
            return null;
        }
        ObjectNode node = JSON.createObjectNode();
        node.put("state", snapshot.workflowState() == null ? null : snapshot.workflowState().name());
        node.put("status", snapshot.status() == null ? null : snapshot.status().name());
        node.put("message", snapshot.message());
        node.put("evidence", snapshot.evidence());
        node.put("narrative", snapshot.narrative());
        return JSON.writeValueAsString(node);
    }

    @Override
    public UpdateSnapshot convertToEntityAttribute(String column) {
        if (column == null) {
            return null;
        }
        JsonNode node = JSON.readTree(column);
        return new UpdateSnapshot(text(node, "state") == null ? null : WorkflowState.valueOf(text(node, "state")),
                text(node, "status") == null ? null : Status.valueOf(text(node, "status")), text(node, "message"),
                node.path("evidence").asInt(0), text(node, "narrative"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
