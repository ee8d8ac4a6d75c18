package vn.unioncare;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@PostgresSpringTest
class ProcessRoundTripOnPostgresTest extends ProcessRoundTripContract {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void runsOnPostgresqlWithFlywaysMigrationsAndTheEnginesSchema() {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
        var applied = jdbc.queryForList("select version from unioncare_schema_history where success order by installed_rank",
                String.class);
        assertThat(applied).startsWith("1", "2", "3", "4").doesNotHaveDuplicates();
        assertThat(jdbc.queryForObject("select count(*) from unioncare_schema_history where not success", Long.class))
                .isZero();
        assertThat(jdbc.queryForObject("select indexdef from pg_indexes where indexname = 'ix_member_name_search'",
                String.class)).contains("varchar_pattern_ops");
        assertThat(jdbc.queryForObject("select count(*) from act_re_procdef where key_ = 'foundation-roundtrip'",
                Integer.class)).isEqualTo(1);
    }
}
