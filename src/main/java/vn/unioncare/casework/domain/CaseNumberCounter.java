package vn.unioncare.casework.domain;

import org.springframework.stereotype.Component;
import vn.unioncare.common.YearlyCounters;

/**
 * Hands out case numbers {@code <PREFIX>-<year>-<000001>}, unique and without gaps per prefix and year, in the
 * transaction that starts the process (see {@link YearlyCounters}); the prefix is the counter's name.
 */
@Component
public class CaseNumberCounter {

    private final YearlyCounters counters;

    public CaseNumberCounter(YearlyCounters counters) {
        this.counters = counters;
    }

    public String next(String prefix, int year) {
        return "%s-%d-%06d".formatted(prefix, year, counters.next(prefix, year));
    }
}
