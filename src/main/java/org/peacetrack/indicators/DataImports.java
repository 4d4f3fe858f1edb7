package org.peacetrack.indicators;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.peacetrack.caching.ContentJdbc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a CSV or XLSX file through a saved column mapping: read and check every row first (a row that
 * cannot be read refuses the whole file, and nothing is stored), then write all values in one transaction.
 * The same file through the same mapping a second time changes nothing.
 */
@Service
public class DataImports {

    private static final int PREVIEW_ROWS = 10;

    private final MappingStore mappings;
    private final IndicatorCatalog catalog;
    private final ValueStore values;
    private final Combos combos;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    DataImports(MappingStore mappings, IndicatorCatalog catalog, ValueStore values, Combos combos, ContentJdbc content,
            TransactionTemplate transaction) {
        this.mappings = mappings;
        this.catalog = catalog;
        this.values = values;
        this.combos = combos;
        // writes raise the publication generation (readers' cached answers are retired, ADR 0062)
        this.jdbc = content.template();
        this.transaction = transaction;
    }

    public List<ColumnMapping> mappings() {
        return mappings.all();
    }

    public ColumnMapping mapping(String name) {
        return mappings.find(name).orElseThrow(() -> new DataFileRefused("No saved mapping is called '" + name
                + "'. The saved mappings are: " + String.join(", ", mappings.all().stream().map(ColumnMapping::name).toList())
                + "."));
    }

    /** Saves a mapping under its name (replacing one of the same name) after checking that it names known indicators. */
    public ColumnMapping saveMapping(ColumnMapping mapping, String by) {
        if (mapping.name() == null || !mapping.name().matches("[a-z0-9][a-z0-9-]{0,79}")) {
            throw new DataFileRefused("A mapping's name is lower-case letters, digits and hyphens, such as un-fatalities.");
        }
        if (mapping.values().isEmpty()) {
            throw new DataFileRefused("The mapping has no value: name at least one indicator and its column.");
        }
        Map<String, Indicator> known = catalog.byCode();
        mapping.values().stream().filter(v -> !known.containsKey(v.indicator())).findFirst().ifPresent(v -> {
            throw new DataFileRefused("The mapping names an unknown indicator " + v.indicator() + ".");
        });
        mappings.save(mapping, by);
        return mapping;
    }

    public ColumnMapping saveMapping(String json, String by) {
        return saveMapping(MappingStore.parse(json), by);
    }

    public DataPreview preview(String fileName, byte[] bytes, String mappingName) {
        ColumnMapping mapping = mapping(mappingName);
        Table table = read(fileName, bytes);
        MappedRows mapped = MappedRows.apply(table, mapping, catalog.byCode().keySet(), PREVIEW_ROWS, done -> { });
        List<DataPreview.Row> rows = mapped.firstRows.stream().map(r -> new DataPreview.Row(r.line(), r.cells(), r.period(),
                r.organisation(), r.dimensions(), r.values(), r.problem())).toList();
        return new DataPreview(mapping.name(), fileName, table.header(), rows, mapped.rows, mapped.values.size(),
                shown(mapped.problems), mapped.problems.size(), mapped.warnings.list());
    }

    public DataImportReport run(String fileName, byte[] bytes, String mappingName, String by, ImportProgress progress) {
        ColumnMapping mapping = mapping(mappingName);
        String sha = sha256(bytes);
        Long before = jdbc.query("select id from data_import where mapping_name = ? and sha256 = ?",
                (rs, n) -> rs.getLong(1), mapping.name(), sha).stream().findFirst().orElse(null);
        Table table = read(fileName, bytes);
        int total = table.rows().size();
        Map<String, Indicator> indicators = catalog.byCode();
        MappedRows mapped = MappedRows.apply(table, mapping, indicators.keySet(), 0,
                done -> progress.at(ImportProgress.Phase.READING, done, total));
        List<String> warnings = mapped.warnings.list();
        if (!mapped.problems.isEmpty() || before != null) {
            progress.at(ImportProgress.Phase.DONE, total, total);
            return new DataImportReport(mapping.name(), fileName, mapped.rows, 0, 0, before == null ? 0 : mapped.values.size(),
                    false, before != null, shown(mapped.problems), mapped.problems.size(), warnings, before);
        }
        try {
            DataImportReport report = transaction.execute(status -> {
                long importId = record(mapping, fileName, sha, mapped, warnings, by);
                ValuesWritten written = values.write(mapped.values.values(), indicators, importId, by,
                        done -> progress.at(ImportProgress.Phase.WRITING, done, mapped.values.size()));
                mapped.values.values().stream().map(v -> indicators.get(v.indicator()).id()).distinct()
                        .forEach(values::refreshTotals);
                return new DataImportReport(mapping.name(), fileName, mapped.rows, written.created(), written.updated(),
                        written.unchanged(), true, false, List.of(), 0, warnings, importId);
            });
            progress.at(ImportProgress.Phase.DONE, total, total);
            return report;
        } catch (RuntimeException e) {
            combos.forget();
            throw e;
        }
    }

    private long record(ColumnMapping mapping, String fileName, String sha, MappedRows mapped, List<String> warnings,
            String by) {
        String text = String.join("\n", warnings);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var s = c.prepareStatement("insert into data_import (mapping_name, file_name, sha256, rows_read, values_count, "
                    + "warnings, imported_by, imported_at) values (?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            s.setString(1, mapping.name());
            s.setString(2, fileName.length() > 500 ? fileName.substring(0, 500) : fileName);
            s.setString(3, sha);
            s.setInt(4, mapped.rows);
            s.setInt(5, mapped.values.size());
            s.setString(6, text.length() > 20000 ? text.substring(0, 20000) : text);
            s.setString(7, by);
            s.setTimestamp(8, Timestamp.from(Instant.now()));
            return s;
        }, keys);
        return keys.getKey().longValue();
    }

    static Table read(String fileName, byte[] bytes) {
        boolean zip = bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K';
        if (zip || (fileName != null && fileName.toLowerCase().endsWith(".xlsx"))) {
            return XlsxFiles.read(bytes);
        }
        if (new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8).indexOf('\u0000') >= 0) {
            throw new DataFileRefused("The file is neither CSV text nor an XLSX workbook.");
        }
        return CsvFiles.read(bytes);
    }

    private static List<RowProblem> shown(List<RowProblem> problems) {
        return problems.subList(0, Math.min(problems.size(), DataImportReport.PROBLEMS_SHOWN));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
