package org.peacetrack.benchmarks.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * Texts of the items beyond the sessions' own: sentences of the {@link WordModel}, as many as real
 * recommendations and status narratives have (most one to three, a few a long paragraph: a geometric
 * length), and a mission named in about a third of them, the missions by Zipf's law (a few missions are
 * named far more often than the others, as in the registers), by acronym or by full name.
 */
public final class RealisticTexts {

    private static final String[] MISSION_FRAMES = {"This applies in particular to %s.",
        "%s reported progress on this in its latest briefing.", "Implementation in %s is under way.",
        "The Committee notes the experience of %s in this regard."};

    private final WordModel words;
    private final List<String[]> missions;
    private final ZipfSampler missionRanks;

    public RealisticTexts(WordModel words) {
        this.words = words;
        this.missions = missions();
        this.missionRanks = new ZipfSampler(missions.size(), 1.1);
    }

    /** A recommendation: 1 to 12 sentences, 2.2 on average. */
    public String body(Random random) {
        return text(random, 0.45, 12, 3);
    }

    /** A status update's narrative: 1 to 8 sentences, 1.7 on average. */
    public String narrative(Random random) {
        return text(random, 0.6, 8, 4);
    }

    /** A mission's acronym, drawn as the texts draw it. */
    public String mission(Random random) {
        return missions.get(missionRanks.next(random))[0];
    }

    private String text(Random random, double stop, int most, int missionOneIn) {
        StringBuilder text = new StringBuilder(words.sentence(random));
        for (int n = 1; n < most && random.nextDouble() > stop; n++) {
            text.append(' ').append(words.sentence(random));
        }
        if (random.nextInt(missionOneIn) == 0) {
            String[] mission = missions.get(missionRanks.next(random));
            String name = random.nextInt(4) == 0 ? mission[1] + " (" + mission[0] + ")" : mission[0];
            text.append(' ').append(String.format(MISSION_FRAMES[random.nextInt(MISSION_FRAMES.length)], name));
        }
        return text.toString();
    }

    /** The missions the application recognises (reference/missions.csv): acronym and name. */
    private static List<String[]> missions() {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                RealisticTexts.class.getResourceAsStream("/reference/missions.csv")), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] cells = line.split(",", 3);
                if (cells.length >= 2 && !cells[0].isBlank()) {
                    rows.add(new String[] {cells[0].strip(), cells[1].strip()});
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
