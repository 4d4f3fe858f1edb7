/**
 * Performance data (issue 16): indicators with a definition, unit and way of combining values; dimensions
 * as data (mission, personnel category, sex, incident type, country); data values keyed by indicator,
 * period, organisation and a combination of dimension values, each with its import, row and author;
 * targets and baselines with their source document; links to recommendations, A4P themes and A4P+
 * priorities. Imports CSV and XLSX through saved column mappings, keeps DHIS2-style totals tables for
 * analytic reads, computes Open SDG progress statuses and checks figures stated in prose against the data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Indicators",
        allowedDependencies = {"exports", "security", "performance", "extraction", "extraction :: figures", "caching"})
package org.peacetrack.indicators;
