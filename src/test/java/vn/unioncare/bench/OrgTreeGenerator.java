package vn.unioncare.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import vn.unioncare.common.SearchText;

/**
 * The union tree below the city federation: {@code uppers} unions directly above grassroots (wards, industries,
 * industrial parks), grassroots unions under them (schools, hospitals, enterprises, offices), and union groups under
 * part of the grassroots unions, until {@code totalUnits} units exist. Written in bulk ({@link BenchDialect#writer}): org_unit, the current
 * parent links (org_unit_link) and the closure table, with explicit ids after the existing ones.
 */
final class OrgTreeGenerator {

    private static final String[] UPPER_KINDS = {"Công đoàn phường %s", "Công đoàn xã %s", "Công đoàn ngành %s",
            "Công đoàn các Khu công nghiệp %s", "Công đoàn Tổng công ty %s"};
    private static final String[] GRASSROOTS_KINDS = {"Công đoàn Trường THCS %s", "Công đoàn Trường Tiểu học %s",
            "Công đoàn Bệnh viện %s", "Công đoàn Công ty TNHH %s", "Công đoàn Công ty Cổ phần %s",
            "Công đoàn UBND %s", "Công đoàn Trường Mầm non %s"};
    private static final String[] FIRMS = {"Điện tử Thăng Long", "May Đức Giang", "Cơ khí Hà Nội", "Dệt 8-3",
            "Bia Hà Nội", "Xây dựng Sông Đà", "Thực phẩm Hữu Nghị", "Nhựa Tiền Phong", "Giày Thượng Đình",
            "Đường sắt Hà Nội", "Xe buýt Thủ đô", "Sữa Ba Vì", "Gốm Bát Tràng", "Phần mềm Cầu Giấy"};

    private final SplittableRandom random;
    private final int totalUnits;
    private final int uppers;

    OrgTreeGenerator(SplittableRandom random, int totalUnits, int uppers) {
        this.random = random;
        this.totalUnits = totalUnits;
        this.uppers = uppers;
    }

    /** Writes the tree under the unit {@code cityCode}; returns the grassroots unions and union groups. */
    List<PlannedUnit> write(Connection connection, String cityCode) throws SQLException {
        long cityId = idOf(connection, cityCode);
        List<long[]> cityAncestors = ancestors(connection, cityId);
        long nextId = maxId(connection, "org_unit") + 1;
        int grassroots = (int) Math.round((totalUnits - uppers) * 0.53);
        int groups = totalUnits - uppers - grassroots;
        Timestamp now = Timestamp.from(Instant.now());
        LocalDate since = LocalDate.of(2020, 1, 1);
        List<PlannedUnit> all = new ArrayList<>();
        List<PlannedUnit> upperUnits = new ArrayList<>();
        for (int i = 1; i <= uppers; i++) {
            String name = UPPER_KINDS[random.nextInt(UPPER_KINDS.length)].formatted(VietnameseNames.wardName(random));
            upperUnits.add(new PlannedUnit(nextId++, "CD-BM-%03d".formatted(i), "DIRECT_SUPERIOR", name + " " + i,
                    cityId, List.of(cityId), null));
        }
        all.addAll(upperUnits);
        List<PlannedUnit> grassrootsUnits = new ArrayList<>();
        for (int i = 1; i <= grassroots; i++) {
            PlannedUnit upper = upperUnits.get(skewedIndex(upperUnits.size()));
            String name = GRASSROOTS_KINDS[random.nextInt(GRASSROOTS_KINDS.length)]
                    .formatted(FIRMS[random.nextInt(FIRMS.length)]) + " " + i;
            grassrootsUnits.add(new PlannedUnit(nextId++, "CS-BM-%05d".formatted(i), "GRASSROOTS", name, upper.id(),
                    List.of(upper.id(), cityId), upper));
        }
        all.addAll(grassrootsUnits);
        List<PlannedUnit> planned = new ArrayList<>(grassrootsUnits);
        for (int i = 1; i <= groups; i++) {
            PlannedUnit parent = grassrootsUnits.get(skewedIndex(grassrootsUnits.size()));
            PlannedUnit group = new PlannedUnit(nextId++, "TO-BM-%05d".formatted(i), "UNION_GROUP",
                    "Tổ công đoàn Phân xưởng " + (1 + random.nextInt(12)) + " – " + parent.code(), parent.id(),
                    List.of(parent.id(), parent.upper().id(), cityId), parent.upper());
            all.add(group);
            planned.add(group);
        }
        // one table after the other: the links and the closure refer to the units by foreign key
        BenchDialect dialect = BenchDialect.of(connection);
        try (RowWriter units = dialect.writer(connection,
                "org_unit (id, code, level, name_vi, name_en, name_search, active, created_at, version)")) {
            all.forEach(unit -> units.row(unit.id(), unit.code(), unit.level(), unit.name(), "Trade union " + unit.code(),
                    SearchText.fold(unit.name()), true, now, 0));
        }
        try (RowWriter links = dialect.writer(connection,
                "org_unit_link (child_id, parent_id, valid_from, valid_to, reason, created_at)")) {
            all.forEach(unit -> links.row(unit.id(), unit.parentId(), since, null, null, now));
        }
        try (RowWriter closure = dialect.writer(connection, "org_unit_closure (ancestor_id, descendant_id, distance)")) {
            all.forEach(unit -> writeClosure(closure, unit, cityAncestors));
        }
        dialect.continueIdentity(connection, "org_unit");
        return planned;
    }

    /** Many small unions and a few large ones: a quadratic skew towards the start of the list. */
    private int skewedIndex(int size) {
        double u = random.nextDouble();
        return (int) Math.min(size - 1, Math.floor(u * u * size));
    }

    private static void writeClosure(RowWriter closure, PlannedUnit unit, List<long[]> cityAncestors) {
        closure.row(unit.id(), unit.id(), 0);
        List<Long> chain = unit.ancestors();
        for (int d = 0; d < chain.size() - 1; d++) {
            closure.row(chain.get(d), unit.id(), d + 1);
        }
        // the city and whatever stands above it
        for (long[] above : cityAncestors) {
            closure.row(above[0], unit.id(), (int) above[1] + chain.size());
        }
    }

    private static long idOf(Connection connection, String code) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select id from org_unit where code = ?")) {
            statement.setString(1, code);
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no unit " + code);
                }
                return rs.getLong(1);
            }
        }
    }

    /** The city itself (distance 0) and its ancestors, as (ancestor id, distance) pairs. */
    private static List<long[]> ancestors(Connection connection, long unitId) throws SQLException {
        List<long[]> result = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select ancestor_id, distance from org_unit_closure where descendant_id = ?")) {
            statement.setLong(1, unitId);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    result.add(new long[]{rs.getLong(1), rs.getInt(2)});
                }
            }
        }
        return result;
    }

    static long maxId(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select coalesce(max(id), 0) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * A unit to write: {@code ancestors} lists the parent first, up to and including the city; {@code upper} is the
     * union directly above grassroots (null for that level itself).
     */
    record PlannedUnit(long id, String code, String level, String name, long parentId, List<Long> ancestors,
                       PlannedUnit upper) {
    }
}
