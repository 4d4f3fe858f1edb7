package org.peacetrack.indicators;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;

/**
 * The reference configuration shipped in {@code reference/indicators}: the indicators, the saved mapping of
 * each real dataset (added, or updated while no person has saved over it) and the targets and baselines
 * with their source documents. Loaded at every start; loading twice changes nothing.
 */
@Component
class ReferenceIndicators implements ApplicationRunner {

    static final String BY = "reference data";

    private final IndicatorCatalog catalog;
    private final MappingStore mappings;
    private final Targets targets;

    ReferenceIndicators(IndicatorCatalog catalog, MappingStore mappings, Targets targets) {
        this.catalog = catalog;
        this.mappings = mappings;
        this.targets = targets;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        load();
    }

    @Transactional
    public void load() {
        List<IndicatorDefinition> definitions = MappingStore.JSON.readValue(text("reference/indicators/indicators.json"),
                new TypeReference<List<IndicatorDefinition>>() { });
        definitions.forEach(catalog::save);
        for (Resource r : resources("classpath:reference/indicators/mappings/*.json")) {
            ColumnMapping mapping = MappingStore.parse(read(r));
            if (mappings.savedBy(mapping.name()).map(BY::equals).orElse(true)) {
                mappings.save(mapping, BY);
            }
        }
        Map<String, Indicator> indicators = catalog.byCode();
        for (TargetRecord t : targetRows(text("reference/indicators/targets.csv"))) {
            targets.save(indicators.get(t.indicator()).id(), t, BY);
        }
    }

    static List<TargetRecord> targetRows(String csv) {
        Table table = CsvFiles.read(csv.getBytes(StandardCharsets.UTF_8));
        return table.rows().stream().filter(r -> r.size() >= 7).map(r -> new TargetRecord(r.get(0),
                TargetRecord.Kind.valueOf(r.get(1)), r.get(2), r.get(3), slice(r.get(4)), Double.parseDouble(r.get(5)),
                r.get(6))).toList();
    }

    /** "personnel_type=Troops;sex=Female" as a map. */
    static Map<String, String> slice(String text) {
        Map<String, String> slice = new LinkedHashMap<>();
        Arrays.stream(text.split(";")).filter(s -> s.contains("=")).forEach(s -> {
            String[] kv = s.split("=", 2);
            slice.put(kv[0].strip(), kv[1].strip());
        });
        return slice;
    }

    private static String text(String path) {
        return read(new PathMatchingResourcePatternResolver().getResource("classpath:" + path));
    }

    private static Resource[] resources(String pattern) {
        try {
            return new PathMatchingResourcePatternResolver().getResources(pattern);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Resource r) {
        try (InputStream in = r.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
