package vn.unioncare.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * Copies every row of one real process instance — Camunda's runtime tables (executions, task, variables, identity
 * links, jobs, event subscriptions), its history (ACT_HI_*), the byte arrays of its variables — its case_file row and
 * its rows of the open-task read model, once per target, inside the database ({@code INSERT ... SELECT} over a
 * table of targets; PostgreSQL or H2, see {@link BenchDialect}). In each copy:
 * <ul>
 *   <li>every id of the instance's own rows (UUIDs: executions, tasks, variables, activity instances, ...) gets the
 *       copy's number in place of the UUID's node part (the last 12 hex digits, {@code b} and 11 digits of the
 *       number; the engine's own ids keep their machine's node), so ids keep their length, references between the
 *       rows stay consistent and the engine can go on with the copy;</li>
 *   <li>the seed's case number, grassroots union code and upper union code are replaced in every text column
 *       (candidate groups such as {@code CS-BM-00042:chair}, variables such as {@code unionCode});</li>
 *   <li>the variables {@code orgUnitId} and {@code memberId} and the case file point at the target union and member;</li>
 *   <li>every timestamp moves back by the target's shift (timer due dates stay, so that no timer fires during a run).</li>
 * </ul>
 * Process definitions, deployments and job definitions are shared, as they are for real instances.
 */
final class CaseCloner {

    /** Engine ids: a UUID, or an activity instance id such as {@code Gateway_Eligibility:<uuid>}. */
    private static final Pattern UUID = Pattern.compile(
            "([A-Za-z0-9_.-]+:)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Set<String> SKIPPED_TABLES = Set.of("act_ru_meter_log", "act_ru_task_meter_log",
            "act_ru_jobdef", "act_ru_authorization", "act_ru_filter", "act_ru_batch", "act_hi_batch");
    /** Timer and lock instants are kept: a copied timer fires when the seed's would, never during the benchmark. */
    private static final Set<String> KEPT_INSTANTS = Set.of("act_ru_job.duedate_", "act_ru_job.lock_exp_time_",
            "act_hi_procinst.removal_time_");

    private final Connection connection;
    private final BenchDialect dialect;
    private final Map<String, List<Column>> tables;
    /** The tables copies are written to, with their columns. */
    private final Map<String, List<Column>> copied;
    private final Map<String, Long> nanosByTable = new LinkedHashMap<>();
    /** The process instance of the seed whose rows the snapshot tables hold. */
    private String snapshotOf;

    CaseCloner(Connection connection) throws SQLException {
        this.connection = connection;
        this.dialect = BenchDialect.of(connection);
        this.tables = engineTables(connection);
        this.copied = copiedTables();
        try (Statement statement = connection.createStatement()) {
            statement.execute(dialect.temporaryTable("bench_seed_id (id varchar(64) primary key)"));
            statement.execute(dialect.temporaryTable("bench_copy (n bigint primary key, unit_id bigint,"
                    + " unit_code varchar(40), upper_code varchar(40), member_id bigint, case_number varchar(40),"
                    + " shift_minutes int, suffix varchar(12))"));
        }
    }

    /** The tables copies are written to. */
    Set<String> tables() {
        return seedConditions().keySet();
    }

    /** Time spent on each table's copies so far, in nanoseconds. */
    Map<String, Long> nanosByTable() {
        return nanosByTable;
    }

    /** Copies the seed once per target; returns the number of rows written. */
    long copy(SeedCase seed, List<CopyTarget> targets) throws SQLException {
        if (!seed.processInstanceId().equals(snapshotOf)) {
            takeSnapshot(seed);
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("truncate table bench_copy");
        }
        try (RowWriter copies = dialect.writer(connection,
                "bench_copy (n, unit_id, unit_code, upper_code, member_id, case_number, shift_minutes, suffix)")) {
            for (CopyTarget target : targets) {
                copies.row(target.copy(), target.union().id(), target.union().code(), target.union().upperCode(),
                        target.memberId(), target.caseNumber(), target.shiftMinutes(),
                        "b%011x".formatted(target.copy()));
            }
        }
        try (Statement statement = connection.createStatement()) {
            dialect.analyze(statement, "bench_copy");
        }
        long rows = 0;
        for (Map.Entry<String, List<Column>> table : copied.entrySet()) {
            rows += insertCopies(table.getKey(), table.getValue(), seed);
        }
        return rows;
    }

    /**
     * Every table copied into with the seed's condition: the engine's tables that hold rows of an instance, the
     * open-task read model (V22; its rows as the engine's task listener would have written them) and the case file.
     */
    private Map<String, String> seedConditions() {
        Map<String, String> conditions = new LinkedHashMap<>();
        tables.forEach((table, columns) -> {
            String where = seedCondition(table, columns);
            if (where != null) {
                conditions.put(table, where);
            }
        });
        conditions.put("open_task", "s.process_instance_id = ?");
        conditions.put("case_file", "s.process_instance_id = ?");
        return conditions;
    }

    private Map<String, List<Column>> copiedTables() throws SQLException {
        Map<String, List<Column>> copied = new LinkedHashMap<>();
        for (String table : seedConditions().keySet()) {
            copied.put(table, tables.containsKey(table) ? tables.get(table) : columnsOf(connection, table).get(table));
        }
        return copied;
    }

    /**
     * The seed's rows of every copied table, read once per seed into tables of the session, and the seed's own ids.
     * The batches of copies read these instead of the tables they write to, which grow by millions of rows and
     * have their non-unique indexes dropped while copying ({@link SuspendedIndexes}): looking the seed up there
     * scanned each of them once per batch.
     */
    private void takeSnapshot(SeedCase seed) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("truncate table bench_seed_id");
            for (Map.Entry<String, String> table : seedConditions().entrySet()) {
                statement.execute("drop table if exists " + snapshot(table.getKey()));
                statement.execute(dialect.temporaryCopyOf(table.getKey(), snapshot(table.getKey())));
                try (PreparedStatement insert = connection.prepareStatement("insert into " + snapshot(table.getKey())
                        + " select * from " + table.getKey() + " s where " + table.getValue())) {
                    bindSeed(insert, table.getValue(), seed);
                    insert.executeUpdate();
                }
                dialect.analyze(statement, snapshot(table.getKey()));
            }
        }
        writeSeedIds();
        try (Statement statement = connection.createStatement()) {
            dialect.analyze(statement, "bench_seed_id");
        }
        snapshotOf = seed.processInstanceId();
    }

    private static String snapshot(String table) {
        return "bench_seed_" + table;
    }

    /** Targets for {@code count} copies: the member drawn uniformly from all generated members, so large unions get more cases. */
    static List<CopyTarget> targets(SplittableRandom random, List<GeneratedUnion> unions, long firstCopy,
                                    long firstCaseSeq, String caseNumberStem, int count, int maxShiftDays) {
        long[] cumulative = new long[unions.size()];
        long sum = 0;
        for (int i = 0; i < unions.size(); i++) {
            sum += unions.get(i).memberCount();
            cumulative[i] = sum;
        }
        List<CopyTarget> targets = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long pick = random.nextLong(sum);
            int index = java.util.Arrays.binarySearch(cumulative, pick + 1);
            GeneratedUnion union = unions.get(index >= 0 ? index : -index - 1);
            long member = union.firstMemberId() + random.nextInt(union.memberCount());
            targets.add(new CopyTarget(firstCopy + i, union, member, caseNumberStem + "%06d".formatted(firstCaseSeq + i),
                    -random.nextInt(maxShiftDays * 24 * 60 + 1)));
        }
        return targets;
    }

    private void writeSeedIds() throws SQLException {
        Set<String> ids = new LinkedHashSet<>();
        for (String table : seedConditions().keySet()) {
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("select * from " + snapshot(table))) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int c = 1; c <= columns; c++) {
                        Object value = rs.getObject(c);
                        if (value instanceof String text && UUID.matcher(text).matches()) {
                            ids.add(text);
                        }
                    }
                }
            }
        }
        ids.removeAll(sharedIds());
        try (RowWriter writer = dialect.writer(connection, "bench_seed_id (id)")) {
            ids.forEach(writer::row);
        }
    }

    /** Ids that copies share with the seed: deployments, their resources, definitions, job definitions. */
    private Set<String> sharedIds() throws SQLException {
        Set<String> shared = new LinkedHashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select id_ from act_re_deployment union all select id_ from"
                     + " act_ru_jobdef union all select id_ from act_ge_bytearray where deployment_id_ is not null"
                     + " union all select id_ from act_re_procdef union all select id_ from act_re_decision_def"
                     + " union all select id_ from act_re_decision_req_def")) {
            while (rs.next()) {
                shared.add(rs.getString(1));
            }
        }
        return shared;
    }

    private long insertCopies(String table, List<Column> columns, SeedCase seed) throws SQLException {
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        List<String> seedFacts = new ArrayList<>();
        boolean hasVariableName = columns.stream().anyMatch(c -> c.name().equals("name_"));
        for (Column column : columns) {
            if (table.equals("case_file") && column.name().equals("id")) {
                continue;
            }
            names.add(column.name());
            values.add(expression(table, column, hasVariableName, seed));
            if (column.isText()) {
                seedFacts.addAll(textFacts(column, seed));
            }
        }
        long started = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            return statement.executeUpdate(dialect.copyStatement(table, snapshot(table), names, values, seedFacts));
        } finally {
            nanosByTable.merge(table, System.nanoTime() - started, Long::sum);
        }
    }

    private static String expression(String table, Column column, boolean hasVariableName, SeedCase seed) {
        String s = "s." + column.name();
        if (table.equals("case_file")) {
            switch (column.name()) {
                case "member_id": return "k.member_id";
                case "org_unit_id": return "k.unit_id";
                case "case_number": return "k.case_number";
                default: break;
            }
        }
        if (hasVariableName && column.name().equals("long_")) {
            return "case s.name_ when 'orgUnitId' then k.unit_id when 'memberId' then k.member_id else s.long_ end";
        }
        if (column.isText()) {
            // what a text needs is decided once per seed row (textFacts); per copy only the cheap part remains
            String replaced = "replace(replace(replace(" + s + ", " + literal(seed.caseNumber()) + ", k.case_number), "
                    + literal(seed.unionCode()) + ", k.unit_code), " + literal(seed.upperCode()) + ", k.upper_code)";
            String variable = "";
            if (hasVariableName && column.name().equals("text_")) {
                variable = " when s.name_ = 'orgUnitId' and s.text_ is not null then cast(k.unit_id as varchar(20))"
                        + " when s.name_ = 'memberId' and s.text_ is not null then cast(k.member_id as varchar(20))";
            }
            return "case when s.bench_id_" + column.name() + " is not null then s.bench_id_" + column.name()
                    + " || k.suffix" + variable + " when s.bench_codes_" + column.name() + " = 1 then " + replaced
                    + " else " + s + " end";
        }
        if (column.isTimestamp() && !KEPT_INSTANTS.contains(table + "." + column.name())) {
            return s + " + k.shift_minutes * interval '1' minute";
        }
        return s;
    }

    /**
     * Facts about a text column of a seed row, computed once per seed row: {@code bench_id_<column>}, the id without
     * its node part if the text is one of the instance's own ids; {@code bench_codes_<column>}, 1 if it contains the
     * seed's case number or union codes.
     */
    private static List<String> textFacts(Column column, SeedCase seed) {
        String s = "s." + column.name();
        return List.of("case when " + s + " in (select id from bench_seed_id) then left(" + s + ", length(" + s
                        + ") - 12) end as bench_id_" + column.name(),
                "case when " + s + " like " + literal("%" + seed.caseNumber() + "%") + " or " + s + " like "
                        + literal("%" + seed.unionCode() + "%") + " or " + s + " like "
                        + literal("%" + seed.upperCode() + "%") + " then 1 else 0 end as bench_codes_" + column.name());
    }

    /** Our own codes and case numbers as SQL string literals. */
    private static String literal(String value) {
        if (!value.matches("%?[A-Za-z0-9-]+%?")) {
            throw new IllegalArgumentException("unexpected code: " + value);
        }
        return "'" + value + "'";
    }

    private static String seedCondition(String table, List<Column> columns) {
        if (SKIPPED_TABLES.contains(table)) {
            return null;
        }
        if (table.equals("act_ru_identitylink")) {
            return "s.task_id_ in (select id_ from act_ru_task where proc_inst_id_ = ?)";
        }
        if (table.equals("act_ge_bytearray")) {
            return "(s.root_proc_inst_id_ = ? or s.id_ in (select bytearray_id_ from act_ru_variable"
                    + " where proc_inst_id_ = ?))";
        }
        for (String candidate : List.of("proc_inst_id_", "process_instance_id_", "root_proc_inst_id_")) {
            if (columns.stream().anyMatch(c -> c.name().equals(candidate))) {
                return "s." + candidate + " = ?";
            }
        }
        return null;
    }

    private static void bindSeed(PreparedStatement statement, String where, SeedCase seed) throws SQLException {
        int placeholders = (int) where.chars().filter(c -> c == '?').count();
        for (int i = 0; i < placeholders; i++) {
            statement.setString(1 + i, seed.processInstanceId());
        }
    }

    /** The engine's tables, those that others reference by foreign key first. */
    private static Map<String, List<Column>> engineTables(Connection connection) throws SQLException {
        Map<String, List<Column>> all = new LinkedHashMap<>(columnsOf(connection, "act_ge_bytearray"));
        Map<String, List<Column>> runtime = columnsOf(connection, "act_ru_%");
        for (String first : List.of("act_ru_execution", "act_ru_task")) {
            all.put(first, runtime.remove(first));
        }
        all.putAll(runtime);
        all.putAll(columnsOf(connection, "act_hi_%"));
        return all;
    }

    private static Map<String, List<Column>> columnsOf(Connection connection, String tablePattern) throws SQLException {
        Map<String, List<Column>> tables = new LinkedHashMap<>();
        // lower case: H2 reports the names and types in upper case, PostgreSQL in lower case
        try (PreparedStatement statement = connection.prepareStatement("select lower(table_name),"
                + " lower(column_name), lower(data_type) from information_schema.columns"
                + " where table_schema = current_schema and lower(table_name) like ?"
                + " order by table_name, ordinal_position")) {
            statement.setString(1, tablePattern);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    tables.computeIfAbsent(rs.getString(1), t -> new ArrayList<>())
                            .add(new Column(rs.getString(2), rs.getString(3)));
                }
            }
        }
        return tables;
    }

    record Column(String name, String type) {
        boolean isText() {
            return type.equals("character varying") || type.equals("text");
        }

        boolean isTimestamp() {
            return type.startsWith("timestamp");
        }
    }

    /**
     * One copy: its number (unique over all copies: it makes the ids of its rows), its union and member, its case
     * number and how far back in time it moves.
     */
    record CopyTarget(long copy, GeneratedUnion union, long memberId, String caseNumber, int shiftMinutes) {
    }
}
