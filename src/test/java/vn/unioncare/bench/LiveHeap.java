package vn.unioncare.bench;

import javax.management.JMException;
import javax.management.ObjectName;
import java.lang.management.ManagementFactory;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The live objects on the heap, as {@code jcmd <pid> GC.class_histogram} prints them (a full GC first, then every
 * reachable object counted by class), taken in-process through the DiagnosticCommand MBean.
 */
record LiveHeap(long bytes, Map<String, Long> bytesByClass) {

    private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
    private static final Pattern TOTAL = Pattern.compile("^Total\\s+(\\d+)\\s+(\\d+)");

    /** The smallest of {@code histograms} histograms: work still running in the background only ever adds to it. */
    static LiveHeap measure(int histograms) {
        LiveHeap smallest = null;
        for (int i = 0; i < histograms; i++) {
            LiveHeap heap = parse(histogram());
            if (smallest == null || heap.bytes < smallest.bytes) {
                smallest = heap;
            }
        }
        return smallest;
    }

    /** The classes that grew most from {@code before} to this heap, with their growth in bytes. */
    List<Map.Entry<String, Long>> largestGrowthSince(LiveHeap before, int limit) {
        Map<String, Long> growth = new HashMap<>();
        bytesByClass.forEach((name, size) -> growth.put(name, size - before.bytesByClass.getOrDefault(name, 0L)));
        return growth.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .limit(limit).toList();
    }

    private static LiveHeap parse(String histogram) {
        Map<String, Long> byClass = new HashMap<>();
        long total = -1;
        for (String line : histogram.split("\n")) {
            Matcher row = ROW.matcher(line);
            if (row.find()) {
                byClass.merge(row.group(3), Long.parseLong(row.group(2)), Long::sum);
            }
            Matcher sum = TOTAL.matcher(line);
            if (sum.find()) {
                total = Long.parseLong(sum.group(2));
            }
        }
        if (total < 0) {
            throw new IllegalStateException("no total in the class histogram:\n" + histogram);
        }
        return new LiveHeap(total, byClass);
    }

    private static String histogram() {
        try {
            return (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[]{new String[0]}, new String[]{String[].class.getName()});
        } catch (JMException e) {
            throw new IllegalStateException("cannot take a class histogram", e);
        }
    }
}
