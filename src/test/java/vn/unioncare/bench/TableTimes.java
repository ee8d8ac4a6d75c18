package vn.unioncare.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Time the generator spent on each table, summed over its connections; printed as the eight largest. */
final class TableTimes {

    private final Map<String, Long> nanos = new ConcurrentHashMap<>();

    void add(String table, long elapsedNanos) {
        nanos.merge(table, elapsedNanos, Long::sum);
    }

    void addAll(Map<String, Long> nanosByTable) {
        nanosByTable.forEach(this::add);
    }

    @Override
    public String toString() {
        StringBuilder line = new StringBuilder();
        nanos.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
                .forEach(e -> line.append(line.isEmpty() ? "" : ", ").append(e.getKey()).append(' ')
                        .append("%.0f s".formatted(e.getValue() / 1e9)));
        return line.toString();
    }
}
