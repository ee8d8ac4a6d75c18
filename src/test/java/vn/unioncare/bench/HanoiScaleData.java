package vn.unioncare.bench;

import org.springframework.context.ApplicationContext;
import vn.unioncare.DemoUnits;
import vn.unioncare.security.PersonalDataCipher;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates Hanoi-scale data into the running application's database (PostgreSQL or H2), on top of the demo data:
 * the union tree and members in bulk (COPY on PostgreSQL, batched inserts on H2), then open tasks and closed cases as
 * copies of real seed cases ({@link CaseCloner}), made inside the database on {@link BenchDialect#copyConnections}
 * connections while the copied tables' non-unique indexes are dropped ({@link SuspendedIndexes}). Reusable by any
 * test that needs volume: {@code HanoiScaleData.generate(context, size)}.
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

    /** What queues, supervision and member search read (see {@link BenchDialect#prewarm}). */
    private static final List<String> OFFICERS_TABLES = List.of("member", "member_name_word", "case_file",
            "open_task", "org_unit", "org_unit_closure", "act_ru_task", "act_ru_identitylink", "act_re_procdef");

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
            BenchDialect dialect = BenchDialect.of(connection);
            String cacheBefore = dialect.enlargeCache(connection);
            long t = System.nanoTime();
            List<OrgTreeGenerator.PlannedUnit> units = new OrgTreeGenerator(random, size.units(), size.uppers())
                    .write(connection, DemoUnits.CITY);
            log.add(step(size.units() + " organisation units with links and closure", t));
            t = System.nanoTime();
            SuspendedIndexes memberIndexes = SuspendedIndexes.drop(connection, dialect,
                    dialect.memberTablesWithoutIndexes());
            List<GeneratedUnion> unions = new MemberGenerator(random, context.getBean(PersonalDataCipher.class))
                    .write(connection, units, size.members());
            log.add(step(size.members() + " members with the later words of their names", t));
            if (memberIndexes.count() > 0) {
                t = System.nanoTime();
                memberIndexes.restore(dataSource, dialect.copyConnections());
                log.add(step("create the " + memberIndexes.count() + " indexes of the member tables again", t));
            }

            long rows = 0;
            try (ParallelCaseCopies copies = new ParallelCaseCopies(dataSource, dialect)) {
                t = System.nanoTime();
                SuspendedIndexes indexes = SuspendedIndexes.drop(connection, dialect, copies.tables());
                log.add(step("drop " + indexes.count() + " non-unique indexes of the tables copied into", t));
                CopyPlan plan = new CopyPlan(connection, copies, random, unions, dialect.copyBatch());
                t = System.nanoTime();
                rows += plan.copyAll(openScenarios, openSeeds, size.openTasks(), 20);
                log.add(step(size.openTasks() + " open cases with their task (copies of " + openSeeds.size()
                        + " seeds, " + dialect.copyConnections() + " connections)", t));
                t = System.nanoTime();
                rows += plan.copyAll(closedScenarios, closedSeeds, size.closedCases(), 700);
                log.add(step(size.closedCases() + " closed cases with their history", t));
                t = System.nanoTime();
                indexes.restore(dataSource, dialect.copyConnections());
                log.add(step("create the " + indexes.count() + " indexes again", t));
                log.add("copy time by table (summed over connections): " + copies.timeByTable());
                log.add("index time by table: " + indexes.timeByTable());
            }
            dialect.restoreCache(connection, cacheBefore);
            t = System.nanoTime();
            dialect.finish(connection);
            log.add(step(dialect == BenchDialect.POSTGRES ? "vacuum analyze" : "analyze", t));
            if (dialect == BenchDialect.POSTGRES) {
                t = System.nanoTime();
                long megabytes = dialect.prewarm(connection, OFFICERS_TABLES);
                log.add(step("the officers' tables into the cache (" + megabytes + " MB; history left cold)", t));
            }
            log.add(step("generation in total", started));
            return new Generated(unions, log, rows);
        }
    }

    /** Splits each seed's share of the copies into batches and hands them to the copying connections. */
    private record CopyPlan(Connection connection, ParallelCaseCopies copies, SplittableRandom random,
                            List<GeneratedUnion> unions, int batch, long[] nextCopy) {

        CopyPlan(Connection connection, ParallelCaseCopies copies, SplittableRandom random,
                 List<GeneratedUnion> unions, int batch) {
            this(connection, copies, random, unions, batch, new long[]{1});
        }

        long copyAll(List<SeedScenario> scenarios, List<SeedCase> seeds, int total, int maxShiftDays)
                throws SQLException {
            int done = 0;
            for (int i = 0; i < seeds.size(); i++) {
                int count = i == seeds.size() - 1 ? total - done : (int) Math.round(total * scenarios.get(i).share());
                SeedCase seed = seeds.get(i);
                // batches of copies, each its own INSERT ... SELECT per table, so no statement grows without bound
                for (int from = 0; from < count; from += batch) {
                    int slice = Math.min(batch, count - from);
                    String stem = seed.caseNumber().substring(0, seed.caseNumber().lastIndexOf('-') + 1);
                    long first = allocateCaseNumbers(connection, stem, slice);
                    copies.submit(seed, CaseCloner.targets(random, unions, nextCopy[0], first, stem, slice,
                            maxShiftDays), "%s, %d of %d copies".formatted(seed.label(), from + slice, count));
                    nextCopy[0] += slice;
                }
                done += count;
            }
            return copies.awaitAll();
        }
    }

    /** Takes {@code count} numbers from the case-number counter of the stem's prefix and year; returns the first. */
    private static long allocateCaseNumbers(Connection connection, String stem, int count) throws SQLException {
        String[] parts = stem.split("-");
        connection.setAutoCommit(false);
        try (PreparedStatement update = connection.prepareStatement("update case_number_counter"
                + " set last_value = last_value + ? where prefix = ? and counter_year = ?");
             PreparedStatement select = connection.prepareStatement("select last_value from case_number_counter"
                     + " where prefix = ? and counter_year = ?")) {
            update.setInt(1, count);
            update.setString(2, parts[0]);
            update.setInt(3, Integer.parseInt(parts[1]));
            select.setString(1, parts[0]);
            select.setInt(2, Integer.parseInt(parts[1]));
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("no case number counter for " + stem);
            }
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                long last = rs.getLong(1);
                connection.commit();
                return last - count + 1;
            }
        } finally {
            connection.rollback();
            connection.setAutoCommit(true);
        }
    }

    private static String step(String what, long startNanos) {
        String line = "%-70s %8.1f s".formatted(what, (System.nanoTime() - startNanos) / 1e9);
        System.out.println("BENCH data: " + line);
        return line;
    }
}
