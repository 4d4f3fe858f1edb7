package org.peacetrack.indicators;

import java.util.List;

/**
 * A file read as rows of texts under a header; {@code lines} gives each row's first line in the file (a CSV
 * cell may hold line breaks), which errors and data values cite.
 */
record Table(List<String> header, List<List<String>> rows, int[] lines) {

    int column(String name) {
        return header.indexOf(name);
    }
}
