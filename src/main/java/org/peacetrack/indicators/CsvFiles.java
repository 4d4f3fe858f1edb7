package org.peacetrack.indicators;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV (quoted cells may hold commas, quotes and line breaks), UTF-8 with or without a byte-order mark. */
final class CsvFiles {

    private CsvFiles() {
    }

    static Table read(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> records = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean atRecordStart = true;
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (atRecordStart) {
                starts.add(line);
                atRecordStart = false;
            }
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    line += c == '\n' ? 1 : 0;
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                atRecordStart = true;
            } else {
                cell.append(c);
            }
        }
        if (!atRecordStart) {
            record.add(cell.toString());
            records.add(record);
        }
        if (records.isEmpty()) {
            throw new DataFileRefused("The file is empty.");
        }
        int[] lines = starts.subList(1, records.size()).stream().mapToInt(Integer::intValue).toArray();
        return new Table(records.get(0), records.subList(1, records.size()), lines);
    }
}
