package org.peacetrack.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacetrack.ingestion.IngestionService;
import org.peacetrack.testing.Database;
import org.peacetrack.testing.Seeds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class FigureComparisonTest {

    private static final String FATALITIES = "fatalities.uniformed.malicious-acts";

    @Autowired
    IngestionService ingestion;
    @Autowired
    FigureService figures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;

    @BeforeEach
    void importTheTwoReportsThatStateFatalities() {
        Database.wipe(jdbc);
        ingestion.ingest(Seeds.REPORT_2020, Seeds.bytes(Seeds.REPORT_2020), null);
        ingestion.ingest(Seeds.PRIORITIES, Seeds.bytes(Seeds.PRIORITIES), null);
    }

    @Test
    void fatalitiesStatedByTwoDocumentsDisagreeFor2017And2020() {
        List<MeasureComparison> fatalities = figures.measure(FATALITIES);

        assertThat(fatalities).singleElement().satisfies(c -> {
            assertThat(c.documentCount()).isEqualTo(2);
            assertThat(c.disagreeingYears()).containsExactly(2017, 2020);
            assertThat(c.figures()).extracting(f -> f.figure().value()).contains(58.0, 59.0, 27.0, 23.0, 9.0, 13.0);
            // 000 states them in its numbered paragraph 56; 004 in its preamble, which has no number
            assertThat(c.figures()).filteredOn(f -> f.figure().value() == 58.0)
                    .singleElement().satisfies(f -> assertThat(f.figure().paragraph()).isEqualTo("56"));
            assertThat(c.figures()).filteredOn(f -> f.figure().value() == 59.0)
                    .singleElement().satisfies(f -> assertThat(f.paragraphId()).isNull());
        });
        assertThat(figures.compare(2).get(0).disagrees()).isTrue();
    }

    @Test
    void figuresPageShowsBothSourcesSideBySide() throws Exception {
        mvc.perform(get("/figures"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(FATALITIES),
                        containsString("The documents disagree for 2017, 2020."), containsString("#p56"))));
    }
}
