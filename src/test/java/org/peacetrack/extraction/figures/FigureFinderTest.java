package org.peacetrack.extraction.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.peacetrack.extraction.NumberedText;

/** The phrasings one at a time, on sentences written for these tests. */
class FigureFinderTest {

    private final FigureFinder finder = new FigureFinder();

    @Test
    void yearsAreNotTakenForValues() {
        assertThat(find("Since May 2016, the team conducted 12 visits in 2018 and trained staff in 2019/20."))
                .extracting(StatedFigure::value, StatedFigure::year, StatedFigure::phrase)
                .containsExactly(tuple(12.0, 2018, "12 visits"));
    }

    @Test
    void daysOfDatesAndReferenceNumbersAreNotValues() {
        assertThat(find("As requested in paragraph 37 of resolution 71/314, the report of 28 October 2020 (A/78/19) "
                + "covers COVID-19 and grade P-5.")).isEmpty();
    }

    @Test
    void decreaseFromOneYearToAnotherGivesTwoDatedValues() {
        assertThat(find("Road accidents decreased from 40 in 2015 to 25 in 2016."))
                .extracting(StatedFigure::measure, StatedFigure::subject, StatedFigure::value, StatedFigure::year)
                .containsExactly(tuple("road-accidents", "Road accidents", 40.0, 2015),
                        tuple("road-accidents", "Road accidents", 25.0, 2016));
    }

    @Test
    void wordingVariantsOfMaliciousActFatalitiesShareOneMeasure() {
        List<StatedFigure> figures = find("Deaths of peacekeepers due to malicious acts fell from 30 in 2016 to 20 in "
                + "2017. The number of peacekeepers killed in hostile acts decreased from 31 in 2016 to 20 in 2017.");
        assertThat(figures).extracting(StatedFigure::measure).containsOnly("fatalities.uniformed.malicious-acts")
                .hasSize(4);
        assertThat(finder.disagreements(figures)).extracting(FigureDisagreement::year).containsExactly(2016);
    }

    @Test
    void shareWithoutItsOwnSubjectBelongsToTheShareBeforeIt() {
        assertThat(find("Women made up 40 per cent of civilian staff, up from 38 per cent a year before."))
                .extracting(StatedFigure::measure, StatedFigure::value, StatedFigure::unit, StatedFigure::phrase)
                .containsExactly(tuple("women.share.civilian-personnel", 40.0, "percent", "40 per cent of civilian staff"),
                        tuple("women.share.civilian-personnel", 38.0, "percent", "38 per cent"));
    }

    @Test
    void unknownSubjectsGetAKeyFromTheirHeadWords() {
        assertThat(find("The mission trained 1,045 community liaison assistants."))
                .extracting(StatedFigure::measure, StatedFigure::value, StatedFigure::unit)
                .containsExactly(tuple("community-liaison-assistants", 1045.0, "count"));
    }

    @Test
    void figuresWithoutAYearOrWithEqualValuesDoNotDisagree() {
        List<StatedFigure> figures = List.of(figure("m", 5, null), figure("m", 6, null),
                figure("m", 7, 2019), figure("m", 7, 2019), figure("n", 7, 2019));
        assertThat(finder.disagreements(figures)).isEmpty();
    }

    private List<StatedFigure> find(String text) {
        return finder.find(List.of(new NumberedText("7", text)));
    }

    private static StatedFigure figure(String measure, double value, Integer year) {
        return new StatedFigure(measure, measure, value, "count", year, null, "1", String.valueOf(value));
    }
}
