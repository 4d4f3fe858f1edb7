package org.peacetrack.indicators.web;

import io.swagger.v3.oas.annotations.Operation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.peacetrack.exports.ExportFormat;
import org.peacetrack.exports.Exports;
import org.peacetrack.indicators.DataValueRow;
import org.peacetrack.indicators.Indicator;
import org.peacetrack.indicators.Indicators;
import org.peacetrack.indicators.Slice;
import java.time.Instant;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** An indicator's stored values (as sliced on its page) in CSV, XLSX, JSON or SDMX-CSV. */
@Controller
class IndicatorExports {

    private final Indicators indicators;

    IndicatorExports(Indicators indicators) {
        this.indicators = indicators;
    }

    @Operation(summary = "An indicator's data values with their sources, as CSV, XLSX or JSON (org and dimension "
            + "parameters narrow them)")
    @GetMapping("/indicators/{code}/values.{format}")
    ResponseEntity<byte[]> values(@PathVariable String code, @PathVariable String format,
            @RequestParam Map<String, String> params) {
        ExportFormat asked = ExportFormat.of(format);
        Indicator indicator = indicator(code);
        return Exports.download(ValueTables.table(indicator, rows(indicator, params)), asked);
    }

    @Operation(summary = "An indicator's data values as SDMX-CSV, the statistical offices' exchange format")
    @GetMapping("/indicators/{code}/sdmx.csv")
    ResponseEntity<byte[]> sdmx(@PathVariable String code, @RequestParam Map<String, String> params) {
        Indicator indicator = indicator(code);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"peacetrack-"
                        + indicator.code().toLowerCase() + ".sdmx.csv\"")
                .contentType(new MediaType("application", "vnd.sdmx.data+csv", StandardCharsets.UTF_8))
                .body(ValueTables.sdmx(indicator, rows(indicator, params)).getBytes(StandardCharsets.UTF_8));
    }

    /** Stored values; a ratio's values are computed per month (or year) over the same slice of both indicators. */
    private List<DataValueRow> rows(Indicator indicator, Map<String, String> params) {
        Slice slice = SliceParams.of(params, indicators.dimensions(indicator)).slice();
        if (!indicator.isRatio()) {
            return indicators.values(indicator, slice);
        }
        String source = "computed: " + indicator.numerator() + " / " + indicator.denominator();
        Instant now = Instant.now();
        return indicators.series(indicator, slice, !indicators.hasSubYearPeriods(indicator)).stream()
                .filter(p -> p.value() != null)
                .map(p -> new DataValueRow(indicator.code(), p.period(), slice.organisation() == null ? "ALL"
                        : slice.organisation(), slice.joined(), p.value(), null, source, null, "computed", now))
                .toList();
    }

    private Indicator indicator(String code) {
        return indicators.find(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "No indicator " + code));
    }
}
