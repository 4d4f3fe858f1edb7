package org.peacetrack.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.peacetrack.reference.A4pTheme;
import org.peacetrack.reference.ReferenceData;

/** A theme is the heading a report states, resolved once against the A4P themes of the reference data (ADR 0048). */
class ThemeOfAHeadingTest {

    private final Themes themes = new Themes(ReferenceData.shared());

    @Test
    void aHeadingNamingAnA4pThemeInAnyCaseServesItAndKeepsItsOwnWording() {
        Theme theme = themes.of("  WOMEN and Peace and Security ").orElseThrow();

        assertThat(theme.heading()).isEqualTo("  WOMEN and Peace and Security ");
        assertThat(theme.a4p()).map(A4pTheme::number).contains(2);
        assertThat(theme.a4p()).map(A4pTheme::name).contains("Women and peace and security");
    }

    @Test
    void aHeadingOutsideTheA4pThemesIsStillATheme() {
        Theme theme = themes.of("Capacity-building and training").orElseThrow();

        assertThat(theme.heading()).isEqualTo("Capacity-building and training");
        assertThat(theme.a4p()).isEmpty();
    }

    @Test
    void noHeadingIsNoTheme() {
        assertThat(themes.of(null)).isEmpty();
        assertThat(themes.of("   ")).isEmpty();
        assertThatThrownBy(() -> new Theme(" ", Optional.empty())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyA4pThemeOfTheReferenceDataIsReachedByItsOwnName() {
        ReferenceData.shared().a4pThemes().forEach(t ->
                assertThat(themes.of(t.name()).flatMap(Theme::a4p)).as(t.name()).contains(t));
    }
}
