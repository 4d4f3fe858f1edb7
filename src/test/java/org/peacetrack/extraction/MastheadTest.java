package org.peacetrack.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The masthead of a United Nations document, as the readers put its lines first. */
class MastheadTest {

    private static Masthead read(String text) {
        return Masthead.read(TextBlocks.of(text));
    }

    @Test
    void generalAssemblyMastheadGivesSymbolDistributionDateLanguageSessionAgendaItemAndTitle() {
        Masthead m = read("""
                # United Nations <sup>A/80/604/Add.3</sup>

                # **General Assembly** Distr.: General

                8 April 2026

                Original: English

                ### Eightieth session

                Agenda item 158

                ### Financing of an imaginary mission

                ## Report of the Advisory Committee on Administrative and Budgetary Questions

                Appropriation for 2024/25 $68,791,100

                # I. Introduction

                1. Paragraph one quotes A/80/600 of 3 March 2026.
                """);
        assertThat(m.symbol()).isEqualTo("A/80/604/Add.3");
        assertThat(m.distribution()).isEqualTo("General");
        assertThat(m.date()).isEqualTo(LocalDate.of(2026, 4, 8));
        assertThat(m.language()).isEqualTo("en");
        assertThat(m.session()).isEqualTo(80);
        assertThat(m.agendaItem()).isEqualTo("158");
        assertThat(m.title()).contains("Financing of an imaginary mission: "
                + "Report of the Advisory Committee on Administrative and Budgetary Questions");
    }

    @Test
    void limitedDistributionAndCommitteeSymbolWithoutSession() {
        Masthead m = read("""
                United Nations <sup>A/AC.121/2025/L.1</sup>

                # **General Assembly** Distr.: Limited

                26 November 2024

                Original: French

                ## Special Committee on Peacekeeping Operations

                New York, 17 February–14 March 2025

                ## Provisional agenda

                1. Opening of the session.
                """);
        assertThat(m.symbol()).isEqualTo("A/AC.121/2025/L.1");
        assertThat(m.distribution()).isEqualTo("Limited");
        assertThat(m.language()).isEqualTo("fr");
        assertThat(m.session()).isNull();
        assertThat(m.year()).isEqualTo(2024);
        assertThat(m.title()).contains("Special Committee on Peacekeeping Operations: Provisional agenda");
    }

    @Test
    void oldSecurityCouncilLayoutPrintsTheDateBesideTheSymbol() {
        Masthead m = read("""
                UNITED NATIONS S

                Security Council

                Distr. GENERAL

                S/1995/444 30 May 1995

                ORIGINAL: ENGLISH

                REPORT OF THE SECRETARY-GENERAL PURSUANT TO SECURITY COUNCIL

                RESOLUTIONS 982 (1995) AND 987 (1995)

                I. INTRODUCTION
                """);
        assertThat(m.symbol()).isEqualTo("S/1995/444");
        assertThat(m.distribution()).isEqualTo("General");
        assertThat(m.date()).isEqualTo(LocalDate.of(1995, 5, 30));
        assertThat(m.language()).isEqualTo("en");
        assertThat(m.title()).contains(
                "REPORT OF THE SECRETARY-GENERAL PURSUANT TO SECURITY COUNCIL RESOLUTIONS 982 (1995) AND 987 (1995)");
    }

    @Test
    void typesetSymbolGetsTheSpacesOfTheOfficialSymbolAndLosesItsFootnoteMark() {
        Masthead m = read("United Nations <sup>A/81/6(Sect.5)/PartA*</sup>\n\n1 April 2026\n\nItems 138 and 139 of the preliminary list**\n");
        assertThat(m.symbol()).isEqualTo("A/81/6 (Sect. 5)/Part A");
        assertThat(m.agendaItem()).isEqualTo("138 and 139");
    }

    @Test
    void withoutPrintedDateTheYearIsTheOneTheSymbolsSessionOpenedIn() {
        Masthead m = read("United Nations A/72/573\n\nGeneral Assembly Distr.: General\n\nImplementation of something\n");
        assertThat(m.date()).isNull();
        assertThat(m.session()).isEqualTo(72);
        assertThat(m.year()).isEqualTo(2017);
    }

    @Test
    void datesAndSymbolsQuotedInTheTitleOrTheTextAreNotTheDocuments() {
        Masthead m = read("""
                Eightieth session

                Agenda item 156 (a)

                Budget performance for the period from 1 July 2024 to 30 June 2025

                Report of the Secretary-General

                Proposed budget A/78/720

                I. Introduction
                """);
        assertThat(m.date()).isNull();
        assertThat(m.symbol()).isNull();
        assertThat(m.agendaItem()).isEqualTo("156 (a)");
        assertThat(m.year()).isEqualTo(2025);
    }

    @Test
    void documentWithoutMastheadStatesNothing() {
        Masthead m = read("Shopping list\n\neggs, milk\n");
        assertThat(m.symbol()).isNull();
        assertThat(m.date()).isNull();
        assertThat(m.year()).isNull();
        assertThat(m.title()).isEmpty();
    }
}
