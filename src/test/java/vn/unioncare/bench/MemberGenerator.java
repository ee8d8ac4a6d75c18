package vn.unioncare.bench;

import vn.unioncare.common.SearchText;
import vn.unioncare.member.domain.MemberNameWords;
import vn.unioncare.security.PersonalDataCipher;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Members spread over the generated grassroots unions and union groups (log-normal sizes: many unions of a few dozen,
 * some factories of thousands), stored as the application stores them: the folded name in {@code name_search}
 * ({@link SearchText#fold}), the national ID encrypted with its keyed lookup hash and last four digits
 * ({@link PersonalDataCipher}), the phone in its normal form. Written in bulk ({@link BenchDialect#writer}) with explicit ids.
 */
final class MemberGenerator {

    private final SplittableRandom random;
    private final PersonalDataCipher cipher;
    private final long seed;

    MemberGenerator(SplittableRandom random, PersonalDataCipher cipher) {
        this.random = random;
        this.cipher = cipher;
        this.seed = random.nextLong();
    }

    /** One member; its randomness comes from its id, so rows can be made in parallel and still repeat. */
    private Object[] row(long id, long unitId, Timestamp now) {
        SplittableRandom random = new SplittableRandom(seed ^ (id * 0x9E3779B97F4A7C15L));
        boolean female = random.nextBoolean();
        String name = VietnameseNames.fullName(random, female);
        String nationalId = "%03d%09d".formatted(1 + random.nextInt(96), id);
        String phone = "09%08d".formatted(id);
        return new Object[]{id, "HN%08d".formatted(id), name, SearchText.fold(name),
                LocalDate.of(1965 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                female ? "FEMALE" : "MALE", cipher.encrypt(phone), cipher.lookupHash(phone), cipher.encrypt(nationalId),
                cipher.lookupHash(nationalId), nationalId.substring(nationalId.length() - 4), unitId,
                LocalDate.of(2005 + random.nextInt(20), 1 + random.nextInt(12), 1), "ACTIVE", now, now, 0};
    }

    List<GeneratedUnion> write(Connection connection, List<OrgTreeGenerator.PlannedUnit> units, int total)
            throws SQLException {
        double[] weights = new double[units.size()];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = Math.exp(random.nextGaussian() * 1.1);
            sum += weights[i];
        }
        long nextId = OrgTreeGenerator.maxId(connection, "member") + 1;
        Timestamp now = Timestamp.from(Instant.now());
        List<GeneratedUnion> unions = new ArrayList<>(units.size());
        int written = 0;
        long firstId = nextId;
        String[] foldedNames = new String[total];
        long[] unitIds = new long[total];
        BenchDialect dialect = BenchDialect.of(connection);
        try (RowWriter members = dialect.writer(connection, "member (id, card_number, full_name, name_search,"
                + " date_of_birth, gender, phone_encrypted, phone_hash, national_id_encrypted, national_id_hash,"
                + " national_id_last4,"
                + " org_unit_id, join_date, status, created_at, updated_at, version)")) {
            for (int u = 0; u < units.size(); u++) {
                OrgTreeGenerator.PlannedUnit unit = units.get(u);
                int count = u == units.size() - 1 ? Math.max(1, total - written)
                        : Math.max(3, (int) Math.round(total * weights[u] / sum));
                count = Math.min(count, Math.max(1, total - written));
                long first = nextId;
                long unitId = unit.id();
                // encryption dominates: the rows of a unit are made on all cores, then written in order
                List<Object[]> rows = java.util.stream.LongStream.range(first, first + count).parallel()
                        .mapToObj(id -> row(id, unitId, now)).toList();
                rows.forEach(members::row);
                for (Object[] row : rows) {
                    int index = (int) ((Long) row[0] - firstId);
                    foldedNames[index] = (String) row[3];
                    unitIds[index] = unitId;
                }
                nextId += count;
                written += count;
                unions.add(new GeneratedUnion(unit.id(), unit.code(), unit.upper().id(), unit.upper().code(), first,
                        count));
                if (written >= total) {
                    break;
                }
            }
        }
        // the rows the application writes with each member for the search by a later word (V26)
        try (RowWriter words = dialect.writer(connection, "member_name_word (member_id, word_number, org_unit_id,"
                + " word_suffix)")) {
            for (int index = 0; index < written; index++) {
                List<String> suffixes = MemberNameWords.laterWordSuffixes(foldedNames[index]);
                for (int number = 0; number < suffixes.size(); number++) {
                    words.row(new Object[]{firstId + index, number, unitIds[index], suffixes.get(number)});
                }
            }
        }
        dialect.continueIdentity(connection, "member");
        return unions;
    }
}
