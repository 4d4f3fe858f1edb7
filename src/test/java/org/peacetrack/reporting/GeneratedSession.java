package org.peacetrack.reporting;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A made-up addendum on a session of many recommendations (A/81/19, the 2027 session), written as the
 * seed addendum is, so that importing it gives a large session's records: eight themes, every kind of status,
 * statuses of several paragraphs, references to the previous year's recommendations and footnote marks.
 */
final class GeneratedSession {

    static final String SESSION = "A/81/19";
    static final int YEAR = 2027;
    private static final List<String> THEMES = List.of("Conduct of peacekeepers and peacekeeping operations",
            "Partnerships", "Peacebuilding and sustaining peace", "Performance and accountability", "Politics",
            "Protection", "Safety and security", "Women and peace and security");
    private static final List<String> MISSIONS = List.of("MINUSCA", "MONUSCO", "UNMISS", "UNIFIL", "UNISFA", "UNFICYP");
    private static final String[] NUMERALS = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII"};

    private GeneratedSession() {
    }

    static byte[] addendum(int recommendations) {
        StringBuilder text = new StringBuilder("""
                # General Assembly

                Distr.: General \s
                25 October 2027

                Original: English

                ---

                ## Eighty-second session

                Agenda item 51

                **Comprehensive review of the whole question of peacekeeping operations in all their aspects**

                ## **Implementation of the recommendations of the Special Committee on Peacekeeping Operations**

                ### **Report of the Secretary-General**

                #### **Addendum**

                ##### *Summary*

                The matrix provides an overview of the status of the recommendations contained in the report of the \
                Special Committee on its 2027 substantive session (A/81/19).

                Paragraph \s
                in A/81/19
                """);
        int perTheme = (recommendations + THEMES.size() - 1) / THEMES.size();
        for (int n = 1; n <= recommendations; n++) {
            if ((n - 1) % perTheme == 0) {
                int theme = (n - 1) / perTheme;
                text.append("\n## ").append(NUMERALS[theme]).append(". ").append(THEMES.get(theme)).append('\n');
            }
            text.append('\n').append(n).append(n % 7 == 0 ? "<sup>a</sup>" : "").append(' ').append(status(n)).append('\n');
        }
        text.append("\n---\n\n<sup>a</sup> More detailed information is available at the online repository.\n");
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String status(int n) {
        String mission = MISSIONS.get(n % MISSIONS.size());
        return switch (n % 6) {
            case 0 -> "Implementation is ongoing. Please refer to the status of recommendation " + (n + 3) + " in the "
                    + "Secretariat's online repository of recommendations of the Special Committee for 2026.";
            case 1 -> "The requested briefing will be provided to the Special Committee. It will cover the work of " + mission
                    + " on recommendation " + n + " since the previous session.";
            case 2 -> "The Department of Peace Operations supported " + mission + " in strengthening its planning for "
                    + "recommendation " + n + ", including through " + (n % 40 + 2) + " workshops held in 2027.\n\n"
                    + "The Secretariat continues to consult troop- and police-contributing countries on the next steps, "
                    + "and will report on them to the Special Committee.";
            case 3 -> "The Secretariat takes note of the Special Committee's recommendation. It concerns the support given to "
                    + mission + " in " + (2020 + n % 7) + ".";
            case 4 -> "Please refer to the status of recommendation " + (n - 2) + " in the Secretariat's online repository "
                    + "of recommendations of the Special Committee for 2026.\n\nIn addition, " + mission
                    + " reported progress on recommendation " + n + " to the Security Council in its periodic reports.";
            default -> "No status update requested from the Secretariat. The recommendation is addressed to the "
                    + "Member States that contribute troops to " + mission + ".";
        };
    }
}
