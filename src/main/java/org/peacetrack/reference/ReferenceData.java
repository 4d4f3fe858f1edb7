package org.peacetrack.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The reference data that ships with Peacetrack (src/main/resources/reference): missions, Secretariat
 * entities, A4P themes, A4P+ priorities, each row with its source. Read once; no database needed.
 */
@Component
public class ReferenceData {

    private static final ReferenceData SHARED = new ReferenceData();

    private final List<Mission> missions = read("missions.csv", Mission.class);
    private final List<SecretariatEntity> entities = read("entities.csv", SecretariatEntity.class);
    private final List<A4pTheme> themes = read("a4p-themes.csv", A4pTheme.class);
    private final List<A4pPlusPriority> priorities = read("a4p-plus-priorities.csv", A4pPlusPriority.class);

    /** For callers without a Spring context, such as the CLI's dry run. */
    public static ReferenceData shared() {
        return SHARED;
    }

    public List<Mission> missions() {
        return missions;
    }

    public List<SecretariatEntity> entities() {
        return entities;
    }

    public List<A4pTheme> a4pThemes() {
        return themes;
    }

    public List<A4pPlusPriority> a4pPlusPriorities() {
        return priorities;
    }

    private static <T> List<T> read(String file, Class<T> type) {
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (InputStream in = ReferenceData.class.getResourceAsStream("/reference/" + file);
                MappingIterator<T> rows = mapper.readerFor(type).with(schema).readValues(in)) {
            return List.copyOf(rows.readAll());
        } catch (IOException e) {
            throw new UncheckedIOException("Reference data " + file + " is missing or unreadable", e);
        }
    }
}
