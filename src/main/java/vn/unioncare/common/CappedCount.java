package vn.unioncare.common;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * A count that stops at a cap: lists over very wide scopes (a whole city's open work, a common family name over a
 * million members) show "more than {@code cap}" instead of reading every match just to count it.
 * {@code value} is the exact count when {@code more} is false, and the cap when it is true.
 */
public record CappedCount(long value, boolean more) {

    /** From a count taken with {@link #count} (at most cap + 1 rows). */
    public static CappedCount of(long counted, long cap) {
        return counted > cap ? new CappedCount(cap, true) : new CappedCount(counted, false);
    }

    /**
     * Counts the rows of {@code fromAndWhere} (an SQL text starting with "from"), reading at most cap + 1 of them:
     * the result is exact up to the cap and cap + 1 beyond it.
     */
    public static long count(NamedParameterJdbcTemplate jdbc, String fromAndWhere, MapSqlParameterSource params,
                             long cap) {
        params.addValue("countCap", cap + 1);
        Long counted = jdbc.queryForObject("select count(*) from (select 1 as hit " + fromAndWhere
                + " limit :countCap) capped", params, Long.class);
        return counted == null ? 0 : counted;
    }
}
