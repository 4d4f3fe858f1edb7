package org.peacetrack.register;

/**
 * Scores links (implemented by the lineage module, which owns the matcher): the register stores links and
 * their scores, lineage says how similar their two ends' texts are.
 */
public interface LinkScoring {

    /** A scorer for one run of scoring; it may keep what it builds (corpora) until the run ends. */
    Scorer scorer();

    /** How similar two items' texts are, each over the corpus of its framework, by one matcher. */
    interface Scorer {

        double similarity(long fromFrameworkId, String fromText, long toFrameworkId, String toText);

        /** Below this, an explicit reference's two texts are marked unrelated. */
        double threshold();

        String matcherVersion();
    }
}
