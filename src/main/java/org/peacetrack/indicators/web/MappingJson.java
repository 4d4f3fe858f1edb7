package org.peacetrack.indicators.web;

import org.peacetrack.indicators.ColumnMapping;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** A saved mapping written out as indented JSON, on the mappings page (a template bean helper). */
public final class MappingJson {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public String of(ColumnMapping mapping) {
        return JSON.writeValueAsString(mapping);
    }
}
