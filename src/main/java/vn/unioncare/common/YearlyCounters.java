package vn.unioncare.common;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Connection;
import java.util.Locale;

/**
 * Numbers 1, 2, 3, ... per counter name and year, unique and without gaps: the counter row is updated in the
 * caller's transaction, so concurrent callers queue on the row lock and a rolled-back caller gives its number back.
 * Hence a caller must be in a transaction. Names are at most {@value #MAX_NAME_LENGTH} characters.
 */
@Component
public class YearlyCounters {

    public static final int MAX_NAME_LENGTH = 120;

    // The table keeps the name it had when it counted only case numbers; "prefix" is the counter name.
    private static final String INCREMENT =
            "update case_number_counter set last_value = last_value + 1 where prefix = ? and counter_year = ?";

    private final JdbcTemplate jdbc;
    private final boolean postgres;

    public YearlyCounters(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.postgres = Boolean.TRUE.equals(jdbc.execute((Connection connection) ->
                connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
                        .contains("postgres")));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long next(String counterName, int year) {
        if (counterName == null || counterName.isBlank() || counterName.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("counter name " + counterName);
        }
        if (jdbc.update(INCREMENT, counterName, year) == 0) {
            createCounter(counterName, year);
            jdbc.update(INCREMENT, counterName, year);
        }
        return jdbc.queryForObject("select last_value from case_number_counter where prefix = ? and counter_year = ?",
                Long.class, counterName, year);
    }

    /**
     * The first number of a year: the row is created in the caller's transaction. A concurrent first caller waits for
     * this transaction and then finds the row. (A separate transaction here would take a second connection while the
     * caller holds one, and a burst of first callers would exhaust the pool.) PostgreSQL skips the existing row
     * itself, since a failed statement would end its transaction; H2 reports it and carries on.
     */
    private void createCounter(String counterName, int year) {
        if (postgres) {
            jdbc.update("insert into case_number_counter (prefix, counter_year, last_value) values (?, ?, 0)"
                    + " on conflict (prefix, counter_year) do nothing", counterName, year);
            return;
        }
        try {
            jdbc.update("insert into case_number_counter (prefix, counter_year, last_value) values (?, ?, 0)",
                    counterName, year);
        } catch (DuplicateKeyException | ConcurrencyFailureException alreadyCreated) {
            // another caller created it first: use that row
        }
    }
}
