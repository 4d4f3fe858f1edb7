package org.peacetrack.register.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/** A downloaded CSV read as a spreadsheet would: its byte-order mark checked, quoted line breaks kept in their cell. */
final class CsvRows {

    private CsvRows() {
    }

    static List<Map<String, String>> of(byte[] csv) {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).as("UTF-8 byte-order mark").startsWith("\uFEFF");
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text.substring(1))) {
            return rows.readAll();
        }
    }
}
