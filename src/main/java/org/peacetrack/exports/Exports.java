package org.peacetrack.exports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/** Writes a table as CSV (Jackson), XLSX (Apache POI, streaming) or JSON (an array of objects by column). */
public final class Exports {

    private static final CsvMapper CSV = new CsvMapper();
    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private Exports() {
    }

    public static ResponseEntity<byte[]> download(Table table, ExportFormat format) {
        byte[] body = switch (format) {
            case CSV -> csv(table);
            case XLSX -> xlsx(table);
            case JSON -> JSON.writeValueAsBytes(objects(table));
        };
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + table.name() + "." + format.extension() + "\"")
                .contentType(format.mediaType()).body(body);
    }

    /**
     * UTF-8 with a byte-order mark, without which spreadsheets read "Évaluation" as Latin-1; formula-like
     * texts neutralised ({@link CsvCells}).
     */
    static byte[] csv(Table table) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        table.columns().forEach(schema::addColumn);
        List<Map<String, Object>> rows = objects(table);
        rows.forEach(row -> row.replaceAll((column, value) -> CsvCells.neutralised(value)));
        byte[] text = CSV.writer(schema.build()).writeValueAsBytes(rows);
        byte[] withMark = new byte[BYTE_ORDER_MARK.length + text.length];
        System.arraycopy(BYTE_ORDER_MARK, 0, withMark, 0, BYTE_ORDER_MARK.length);
        System.arraycopy(text, 0, withMark, BYTE_ORDER_MARK.length, text.length);
        return withMark;
    }

    static byte[] xlsx(Table table) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(table.name()));
            write(sheet.createRow(0), List.copyOf(table.columns()));
            for (int i = 0; i < table.rows().size(); i++) {
                write(sheet.createRow(i + 1), table.rows().get(i));
            }
            book.write(out);
            book.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<?> values) {
        for (int c = 0; c < values.size(); c++) {
            Object v = values.get(c);
            Cell cell = row.createCell(c);
            if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (v != null) {
                cell.setCellValue(v.toString());
            }
        }
    }

    private static List<Map<String, Object>> objects(Table table) {
        return table.rows().stream().map(r -> {
            Map<String, Object> o = new LinkedHashMap<>();
            for (int c = 0; c < table.columns().size(); c++) {
                o.put(table.columns().get(c), r.get(c));
            }
            return o;
        }).toList();
    }
}
