package org.peacetrack.indicators;

import java.util.List;

/**
 * What an import did: values created, updated and unchanged, or why nothing was stored (rows that cannot be
 * read, with their line and reason), and the file's quirks as warnings. {@code alreadyImported}: the same
 * file through the same mapping was imported before, and nothing changed.
 */
public record DataImportReport(String mapping, String fileName, int rows, int created, int updated, int unchanged,
        boolean stored, boolean alreadyImported, List<RowProblem> problems, int problemCount, List<String> warnings,
        Long importId) {

    static final int PROBLEMS_SHOWN = 100;
}
