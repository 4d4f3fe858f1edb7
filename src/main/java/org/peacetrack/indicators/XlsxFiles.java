package org.peacetrack.indicators;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The first sheet of a workbook, each cell as Excel shows it (DataFormatter), the first row as the header. */
final class XlsxFiles {

    private XlsxFiles() {
    }

    static Table read(byte[] bytes) {
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            List<String> header = null;
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                int width = header == null ? row.getLastCellNum() : header.size();
                for (int c = 0; c < width; c++) {
                    cells.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
                }
                if (header == null) {
                    header = cells;
                } else if (cells.stream().anyMatch(s -> !s.isBlank())) {
                    rows.add(cells);
                    lines.add(row.getRowNum() + 1);
                }
            }
            if (header == null) {
                throw new DataFileRefused("The workbook's first sheet is empty.");
            }
            return new Table(header, rows, lines.stream().mapToInt(Integer::intValue).toArray());
        } catch (IOException | RuntimeException e) {
            if (e instanceof DataFileRefused refused) {
                throw refused;
            }
            throw new DataFileRefused("Not a readable XLSX workbook: " + e.getMessage());
        }
    }
}
