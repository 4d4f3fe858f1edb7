package org.peacetrack.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

class ExportsTest {

    private static final Table TABLE = new Table("a table whose name is longer than a sheet's may be",
            List.of("text", "number"), List.of(
                    Arrays.asList("Évaluation de la mise en œuvre", 3),
                    Arrays.asList("=HYPERLINK(\"http://evil.example\",\"click\")", -4),
                    Arrays.asList("+1", null),
                    Arrays.asList("-2+3", 5),
                    Arrays.asList("@SUM(A1:A2)", 6),
                    Arrays.asList("a - b = c", 7)));

    @Test
    void csvStartsWithAByteOrderMarkSoThatSpreadsheetsReadUtf8() {
        byte[] csv = Exports.csv(TABLE);
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8))
                .startsWith("text,number\n\"Évaluation de la mise en œuvre\",3\n");
        assertThat(ExportFormat.CSV.mediaType().getCharset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void csvCellsThatSpreadsheetsWouldRunAsFormulasAreWrittenAsText() {
        String csv = new String(Exports.csv(TABLE), StandardCharsets.UTF_8);
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",-4")
                .contains("\"'+1\",\n").contains("\"'-2+3\",5").contains("\"'@SUM(A1:A2)\",6")
                .contains("\"a - b = c\",7");
        assertThat(csv.lines().skip(1)).allSatisfy(line -> assertThat(line.replace("\"", "")).doesNotStartWith("=")
                .doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@"));
    }

    @Test
    void xlsxWritesTextAsTextAndNumbersAsNumbers() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(Exports.xlsx(TABLE)))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).hasSizeLessThanOrEqualTo(31);
            assertThat(sheet.getRow(2).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).startsWith("=HYPERLINK");
            assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(-4.0);
        }
    }

    @Test
    void anUnknownFormatIsTheReadersMistake() {
        assertThatThrownBy(() -> ExportFormat.of("docm")).isInstanceOf(UnknownFormatException.class)
                .hasMessageContaining("csv, xlsx or json");
        assertThat(UnknownFormatException.class.getAnnotation(ResponseStatus.class).value())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }
}
