package vn.unioncare.bench;

import org.springframework.context.ApplicationContext;
import vn.unioncare.DemoUnits;
import vn.unioncare.member.domain.MemberNameWordsFill;
import vn.unioncare.security.PersonalDataCipher;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates Hanoi-scale data into the running application's PostgreSQL database, on top of the demo data: the union
 * tree and members by COPY, then open tasks and closed cases as copies of real seed cases ({@link CaseCloner}).
 * Reusable by any PostgreSQL test that needs volume: {@code HanoiScaleData.generate(context, size)}.
 */
final class HanoiScaleData {

    /** What was generated, for the measurements. */
    record Generated(List<GeneratedUnion> unions, List<String> log, long engineRows) {

        /** The grassroots union with the most members (and so the most cases). */
        GeneratedUnion largestGrassroots() {
            return unions.stream().filter(u -> u.code().startsWith("CS-"))
                    .max(Comparator.comparingInt(GeneratedUnion::memberCount)).orElseThrow();
        }
    }

    private HanoiScaleData() {
    }

    static Generated generate(ApplicationContext context, BenchSize size) throws SQLException {
        SplittableRandom random = new SplittableRandom(20260101L);
        List<String> log = new ArrayList<>();
        BenchSeeds seeds = new BenchSeeds(context);
        long started = System.nanoTime();
        List<SeedScenario> openScenarios = seeds.open();
        List<SeedScenario> closedScenarios = seeds.closed();
        List<SeedCase> openSeeds = openScenarios.stream().map(s -> s.start().get()).toList();
        List<SeedCase> closedSeeds = closedScenarios.stream().map(s -> s.start().get()).toList();
        log.add(step("seed cases through the engine (" + (openSeeds.size() + closedSeeds.size()) + ")", started));

        DataSource dataSource = context.getBean(DataSource.class);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            long t = System.nanoTime();
            List<OrgTreeGenerator.PlannedUnit> units = new OrgTreeGenerator(random, size.units(), size.uppers())
                    .write(connection, DemoUnits.CITY);
            log.add(step(size.units() + " organisation units with links and closure", t));
            t = System.nanoTime();
            List<GeneratedUnion> unions = new MemberGenerator(random, context.getBean(PersonalDataCipher.class))
                    .write(connection, units, size.members());
            log.add(step(size.members() + " members", t));
            t = System.nanoTime();
            new MemberNameWordsFill(10_000).fill(connection);
            log.add(step("the later words of their names (migration 26.1 on them)", t));

            CaseCloner cloner = new CaseCloner(connection);
            long rows = 0;
            t = System.nanoTime();
            rows += copyAll(connection, cloner, random, unions, openScenarios, openSeeds, size.openTasks(), 20);
            log.add(step(size.openTasks() + " open cases with their task (copies of " + openSeeds.size() + " seeds)", t));
            t = System.nanoTime();
            rows += copyAll(connection, cloner, random, unions, closedScenarios, closedSeeds, size.closedCases(), 700);
            log.add(step(size.closedCases() + " closed cases with their history", t));
            t = System.nanoTime();
            try (Statement statement = connection.createStatement()) {
                statement.execute("vacuum analyze");
            }
            log.add(step("vacuum analyze", t));
            log.add(step("generation in total", started));
            return new Generated(unions, log, rows);
        }
    }

    private static long copyAll(Connection connection, CaseCloner cloner, SplittableRandom random,
                                List<GeneratedUnion> unions, List<SeedScenario> scenarios, List<SeedCase> seeds,
                                int total, int maxShiftDays) throws SQLException {
        long rows = 0;
        int done = 0;
        for (int i = 0; i < seeds.size(); i++) {
            int count = i == seeds.size() - 1 ? total - done : (int) Math.round(total * scenarios.get(i).share());
            SeedCase seed = seeds.get(i);
            // copies in slices, each its own INSERT ... SELECT per table, so no statement grows without bound
            for (int from = 0; from < count; from += 25_000) {
                int slice = Math.min(25_000, count - from);
                String stem = seed.caseNumber().substring(0, seed.caseNumber().lastIndexOf('-') + 1);
                long first = allocateCaseNumbers(connection, stem, slice);
                rows += cloner.copy(seed, CaseCloner.targets(random, unions, first, stem, slice, maxShiftDays));
                System.out.printf("BENCH data: %s, %d of %d copies%n", seed.label(), from + slice, count);
            }
            done += count;
        }
        return rows;
    }

    /** Takes {@code count} numbers from the case-number counter of the stem's prefix and year; returns the first. */
    private static long allocateCaseNumbers(Connection connection, String stem, int count) throws SQLException {
        String[] parts = stem.split("-");
        try (PreparedStatement statement = connection.prepareStatement("update case_number_counter"
                + " set last_value = last_value + ? where prefix = ? and counter_year = ? returning last_value")) {
            statement.setInt(1, count);
            statement.setString(2, parts[0]);
            statement.setInt(3, Integer.parseInt(parts[1]));
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no case number counter for " + stem);
                }
                return rs.getLong(1) - count + 1;
            }
        }
    }

    private static String step(String what, long startNanos) {
        String line = "%-70s %8.1f s".formatted(what, (System.nanoTime() - startNanos) / 1e9);
        System.out.println("BENCH data: " + line);
        return line;
    }
}
