package org.peacetrack.indicators;

import java.util.List;

/**
 * Women's share of one uniformed category (a personnel type, or two joined with "|") year by year over the
 * strategy's period, overall or in one mission, against the strategy's targets, with the progress status
 * (ADR 0040) and the years whose target no source Peacetrack holds states.
 */
public record ParityCategory(String personnelType, String organisation, List<Year> years, Progress progress,
        List<Integer> targetNotStated) {

    /** A year: the data's share (null without data), the stated target (null if not stated) and statements. */
    public record Year(int year, Double share, Double target, String targetSource, List<ParityStatement> statements) {

        public boolean targetStated() {
            return target != null;
        }

        /** Whether the data's share meets the stated target; null when either is missing. */
        public Boolean meetsTarget() {
            return share == null || target == null ? null : share >= target;
        }
    }
}
