package org.peacetrack.indicators;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Per period code, the sum and count of the values read, rolled up to years by an indicator's aggregation. */
record PeriodSums(TreeMap<String, double[]> byPeriod) {

    static PeriodSums empty() {
        return new PeriodSums(new TreeMap<>());
    }

    void add(String period, double sum, long count) {
        double[] acc = byPeriod.computeIfAbsent(period, k -> new double[2]);
        acc[0] += sum;
        acc[1] += count;
    }

    /** Sums per year: SUM adds the periods, AVERAGE pools them, LAST and RATIO keep each year's last period. */
    PeriodSums years(Aggregation aggregation) {
        TreeMap<String, double[]> years = new TreeMap<>();
        byPeriod.forEach((period, acc) -> {
            String year = period.substring(0, 4);
            if (aggregation == Aggregation.LAST || aggregation == Aggregation.RATIO) {
                years.put(year, acc.clone());
            } else {
                double[] y = years.computeIfAbsent(year, k -> new double[2]);
                y[0] += acc[0];
                y[1] += acc[1];
            }
        });
        return new PeriodSums(years);
    }

    Map<String, Double> values(Aggregation aggregation) {
        Map<String, Double> values = new LinkedHashMap<>();
        byPeriod.forEach((p, acc) -> values.put(p, aggregation == Aggregation.AVERAGE ? acc[0] / acc[1] : acc[0]));
        return values;
    }
}
