package vn.unioncare.bench;

/** One line of the result table: metric | baseline | UnionCare | ratio | target | verdict. */
record ResultRow(String metric, String baseline, String unionCare, String ratio, String target, String verdict) {

    /** The metric's number (M1 → 1), for ordering rows written by several benchmark classes. */
    int metricNumber() {
        return metric.matches("M\\d+.*") ? Integer.parseInt(metric.substring(1).split("\\D", 2)[0]) : 99;
    }

    static ResultRow latency(String metric, Latencies baseline, Latencies unionCare, double targetP95Millis,
                             double minSpeedUp) {
        double base95 = baseline == null ? Double.NaN : baseline.percentile(95);
        double uc95 = unionCare.percentile(95);
        boolean fastEnough = uc95 <= targetP95Millis;
        boolean fasterThanBaseline = baseline == null || base95 / uc95 >= minSpeedUp;
        String target = "p95 ≤ %.0f ms".formatted(targetP95Millis)
                + (baseline == null || minSpeedUp <= 1 ? "" : ", ≥ %.0f× faster".formatted(minSpeedUp));
        return new ResultRow(metric, baseline == null ? "–" : baseline.summary(), unionCare.summary(),
                baseline == null ? "–" : "%.2f× faster".formatted(base95 / uc95), target,
                fastEnough && fasterThanBaseline ? "met" : "MISSED");
    }
}
