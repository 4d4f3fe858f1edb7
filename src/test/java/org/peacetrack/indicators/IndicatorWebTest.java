package org.peacetrack.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The indicator pages, downloads and API as readers and editors use them, over the fatalities dataset. */
@SpringBootTest
@AutoConfigureMockMvc
class IndicatorWebTest {

    private static final String EDITOR = "editor";
    private static final String PASSWORD = "peacetrack-demo";

    @Autowired
    MockMvc mvc;
    @Autowired
    DataImports imports;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ImportJobStore jobStore;
    @Autowired
    DataImportJobs jobs;

    @BeforeEach
    void fatalitiesImported() {
        DataFiles.wipeValues(jdbc);
        imports.run(DataFiles.FATALITIES, DataFiles.bytes(DataFiles.FATALITIES), "un-fatalities", "test", ImportProgress.NONE);
    }

    private MockHttpServletResponse read(String address) throws Exception {
        return mvc.perform(get(address)).andReturn().getResponse();
    }

    @Test
    void anIndicatorPageDrawsItsSeriesAndBreakdownWithTheTablesBehindThem() throws Exception {
        MockHttpServletResponse page = read("/indicators/FATALITIES?personnel_type=Military|Police&incident_type=Malicious Act");
        assertThat(page.getStatus()).isEqualTo(200);
        String html = page.getContentAsString();
        assertThat(html).contains("<svg", "class=\"values\"", "table class=\"chart-data\"");
        // Military and Police deaths from malicious acts in 2017, as the data README counts them
        assertThat(html).containsPattern("<th scope=\"row\">2017</th>\\s*<td class=\"num\">59</td>");
        assertThat(read("/indicators/NO_SUCH").getStatus()).isEqualTo(404);
    }

    @Test
    void valuesDownloadInEveryFormatWithTheirSource() throws Exception {
        String csv = read("/indicators/FATALITIES/values.csv?org=UNTSO").getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("indicator,period,organisation,country,incident_type,personnel_type,sex,value,unit,"
                + "source_file,source_row,changed_by,changed_at").contains("FATALITIES,1948-07-06,UNTSO,FRA,\"Malicious Act\",Military,M,1,deaths,\"un-peacekeeping-fatalities.csv\",2,test,");
        assertThat(read("/indicators/FATALITIES/values.xlsx").getContentAsByteArray()).startsWith('P', 'K');
        assertThat(read("/indicators/FATALITIES/values.json?org=UNTSO").getContentAsString()).contains("\"source_row\" : 2");
        String sdmx = read("/indicators/FATALITIES/sdmx.csv?org=UNTSO").getContentAsString(StandardCharsets.UTF_8);
        assertThat(sdmx).startsWith("DATAFLOW,INDICATOR,ORGANISATION,COUNTRY,INCIDENT_TYPE,PERSONNEL_TYPE,SEX,TIME_PERIOD,"
                + "OBS_VALUE,UNIT_MEASURE\r\nPEACETRACK:FATALITIES(1.0),FATALITIES,UNTSO,FRA,Malicious Act,Military,M,1948-07-06,1,deaths");
        assertThat(read("/indicators/FATALITIES/values.odt").getStatus()).isEqualTo(400);
    }

    @Test
    void writesNeedAnEditorAndReadsNeedNobody() throws Exception {
        String body = "[{\"period\":\"2030\",\"organisation\":\"HQ\",\"dimensions\":{},\"value\":3}]";
        assertThat(mvc.perform(post("/api/indicators/FATALITIES/values").contentType(MediaType.APPLICATION_JSON)
                .content(body)).andReturn().getResponse().getStatus()).isEqualTo(401);
        assertThat(mvc.perform(post("/api/indicators/FATALITIES/values").with(httpBasic("delegate", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse().getStatus()).isEqualTo(403);
        MockHttpServletResponse written = mvc.perform(post("/api/indicators/FATALITIES/values")
                .with(httpBasic(EDITOR, PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
        assertThat(written.getContentAsString()).contains("\"created\":1");
        assertThat(read("/api/indicators/FATALITIES/values?org=HQ").getContentAsString()).contains("\"changedBy\":\"editor\"");
        MockHttpServletResponse bad = mvc.perform(post("/api/indicators/FATALITIES/values").with(httpBasic(EDITOR, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("[{\"period\":\"2030-13\",\"organisation\":\"HQ\",\"value\":1}]"))
                .andReturn().getResponse();
        assertThat(bad.getStatus()).isEqualTo(422);
        assertThat(bad.getContentAsString()).contains("No month 13");
    }

    @Test
    void anUploadThroughTheApiReportsEveryUnreadableRowAndStoresNothing() throws Exception {
        byte[] broken = ("id,incident_date,casualty_id,mission_acronym,type_of_casualty,gender,casualty_nationality,"
                + "casualty_personnel_type,type_of_incident,m49_code,isocode3,last_update\n"
                + "1,2031-01-05,X,UNTSO,Fatality,M,France,Military,Accident,250.0,FRA,2025-04-04\n"
                + "2,05/01/2031,X,UNTSO,Fatality,M,France,Military,Accident,250.0,FRA,2025-04-04\n"
                + "3,2031-01-07,X,,Fatality,M,France,Military,Accident,250.0,FRA,2025-04-04\n").getBytes(StandardCharsets.UTF_8);
        MockHttpServletResponse refused = mvc.perform(multipart("/api/data/imports")
                .file(new MockMultipartFile("file", "broken.csv", "text/csv", broken)).param("mapping", "un-fatalities")
                .with(httpBasic(EDITOR, PASSWORD))).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("\"line\":3", "'05/01/2031' in incident_date is not a date",
                "\"line\":4", "no organisation in column mission_acronym");
        assertThat(jdbc.queryForObject("select count(*) from data_value where period_year = 2031", Integer.class)).isZero();
        assertThat(mvc.perform(multipart("/api/data/imports").file(new MockMultipartFile("file", "broken.csv", "text/csv",
                broken)).param("mapping", "un-fatalities")).andReturn().getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void theFiguresPageListsIndicatorsMeasuresOnlyWhenAReportStatesThem() throws Exception {
        assertThat(read("/indicators/figures").getContentAsString()).contains("No imported report states a figure");
        assertThat(read("/indicators").getContentAsString()).contains("Peacekeeping fatalities", "Safety and security");
    }

    @Test
    void theJobPageOfAnImportWhoseServerStoppedSaysSoAndWhenItLastSawIt() throws Exception {
        java.time.Instant twoMinutesAgo = java.time.Instant.now().minusSeconds(120);
        jobStore.stage("stopped-token", "stopped.csv", "0".repeat(64), new byte[] {1}, EDITOR, "gone", twoMinutesAgo);
        jobStore.claim("stopped-token", "un-fatalities", "gone", twoMinutesAgo);
        long id = jobStore.byToken("stopped-token").orElseThrow().id();
        MockHttpServletResponse page = mvc.perform(get("/data/import/jobs/" + id).with(httpBasic(EDITOR, PASSWORD)))
                .andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getHeader("Refresh")).isNull();
        assertThat(page.getContentAsString()).contains("class=\"error interrupted\"", "stopped (last sign of life at "
                + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").format(
                        twoMinutesAgo.atZone(java.time.ZoneOffset.UTC)), "nothing of it was stored");
        assertThat(mvc.perform(get("/data/import/jobs/" + id).with(httpBasic("reviewer", PASSWORD))).andReturn()
                .getResponse().getStatus()).isIn(403, 404);
    }
}
