package vn.unioncare.casework.domain;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out case numbers {@code <PREFIX>-<year>-<000001>}, unique and without gaps per prefix and year: the counter
 * row is updated in the transaction that starts the process, so concurrent starts queue on the row lock and a
 * rolled-back start gives its number back.
 */
@Component
public class CaseNumberCounter {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate separateTransaction;

    public CaseNumberCounter(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separateTransaction = new TransactionTemplate(transactions);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public String next(String prefix, int year) {
        if (jdbc.update("update case_number_counter set last_value = last_value + 1 where prefix = ? and counter_year = ?",
                prefix, year) == 0) {
            createCounter(prefix, year);
            jdbc.update("update case_number_counter set last_value = last_value + 1 where prefix = ? and counter_year = ?",
                    prefix, year);
        }
        Long value = jdbc.queryForObject("select last_value from case_number_counter where prefix = ? and counter_year = ?",
                Long.class, prefix, year);
        return "%s-%d-%06d".formatted(prefix, year, value);
    }

    /** The first number of a year: the row is created on its own, so a race between two first starts is harmless. */
    private void createCounter(String prefix, int year) {
        try {
            separateTransaction.executeWithoutResult(status -> jdbc.update(
                    "insert into case_number_counter (prefix, counter_year, last_value) values (?, ?, 0)", prefix, year));
        } catch (DuplicateKeyException alreadyCreated) {
            // another start created it first: use that row
        }
    }
}
