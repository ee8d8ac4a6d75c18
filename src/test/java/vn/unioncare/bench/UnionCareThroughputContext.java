package vn.unioncare.bench;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.unioncare.DemoUnits;
import vn.unioncare.SignedIn;
import vn.unioncare.UnionCareApplication;
import vn.unioncare.hardship.Funds;
import vn.unioncare.member.Gender;
import vn.unioncare.member.MemberService;
import vn.unioncare.member.NewMember;
import vn.unioncare.organisation.OrganisationService;
import vn.unioncare.security.UserAccountService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

/**
 * The whole UnionCare application with the demo data on a fresh database (H2 file or PostgreSQL), as the throughput
 * benchmark uses it: a context of its own (closed after the run, so that memory stays within the test heap), PDF
 * rendering out of the measured path ({@link WithoutPdfRendering}), the overdue scan out of the way.
 */
final class UnionCareThroughputContext {

    private UnionCareThroughputContext() {
    }

    static ConfigurableApplicationContext start(FreshDatabase database, String engineName) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.profiles.active=" + (database.isPostgres() ? "postgres,demo" : "demo"),
                "--server.port=0",
                "--spring.main.allow-bean-definition-overriding=true",
                "--camunda.bpm.process-engine-name=" + engineName,
                "--unioncare.documents.directory=" + System.getProperty("java.io.tmpdir")
                        + "/unioncare-bench-m1-documents-" + engineName + "-" + System.nanoTime(),
                "--unioncare.notifications.overdue-scan-interval=PT24H",
                "--logging.level.org.camunda.bpm.engine.jobexecutor=warn"));
        if (database.isPostgres()) {
            args.addAll(List.of("--UNIONCARE_DB_URL=" + database.jdbcUrl(), "--UNIONCARE_DB_USER=" + database.user(),
                    "--UNIONCARE_DB_PASSWORD=" + database.password()));
        } else {
            database.datasourceProperties().forEach((key, value) -> args.add("--" + key + "=" + value));
        }
        return new SpringApplicationBuilder(UnionCareApplication.class, WithoutPdfRendering.class)
                .run(args.toArray(String[]::new));
    }

    /**
     * Gives the factory union a fund no run can exhaust (otherwise the path would change to "routed up"), and
     * registers {@code count} members of it, one per case: the first through {@link MemberService#register}, the
     * rest as copies of its row with their own card numbers (registering thousands one by one would take longer
     * than the run).
     */
    static List<Long> prepare(ConfigurableApplicationContext context, int count) {
        UserAccountService accounts = context.getBean(UserAccountService.class);
        long first;
        try (SignedIn ignored = SignedIn.as(accounts, "admin")) {
            long factory = context.getBean(OrganisationService.class).findByCode(DemoUnits.FACTORY).orElseThrow().id();
            context.getBean(Funds.class).setBudget(factory, LocalDate.now(context.getBean(Clock.class)).getYear(),
                    1_000_000_000_000L);
            first = context.getBean(MemberService.class).register(new NewMember("M1-0", "Trần Thị Thông Lượng",
                    LocalDate.of(1988, 5, 12), Gender.FEMALE, null, null, DemoUnits.FACTORY,
                    LocalDate.of(2016, 3, 1))).id();
        }
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        List<Object[]> cards = LongStream.range(1, count).mapToObj(i -> new Object[]{"M1-" + i, first}).toList();
        jdbc.batchUpdate("""
                insert into member (card_number, full_name, name_search, date_of_birth, gender, org_unit_id, join_date,
                                    status, created_at, updated_at, version)
                select ?, full_name, name_search, date_of_birth, gender, org_unit_id, join_date, status, created_at,
                       updated_at, version
                from member where id = ?
                """, cards);
        List<Long> members = new ArrayList<>(jdbc.queryForList(
                "select id from member where card_number like 'M1-%' and id <> ? order by id", Long.class, first));
        members.add(0, first);
        return members;
    }
}
