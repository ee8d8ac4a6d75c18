package vn.unioncare.bench;

import vn.unioncare.documents.AdministrativeLetter;
import vn.unioncare.documents.OfficialHeading;
import vn.unioncare.hardship.DecisionLetter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Hardship decision letters ({@link DecisionLetter}, the text the hardship process files) for varied Vietnamese
 * members, unions, amounts, reasons and signers, as the approving union directly above a grassroots union issues them.
 */
final class SampleDecisionLetters {

    private static final String CITY = "Liên đoàn Lao động Thành phố Hà Nội";
    private static final String[] WORKPLACES = {"Trường THCS ", "Trường Tiểu học ", "Bệnh viện đa khoa ",
            "Trạm Y tế phường ", "Công ty TNHH Điện tử ", "Công ty Cổ phần May ", "Ủy ban nhân dân phường ",
            "Hợp tác xã Nông nghiệp "};
    private static final String[] REASONS = {"Ốm đau, bệnh hiểm nghèo", "Tai nạn lao động", "Đoàn viên qua đời",
            "Thân nhân qua đời", "Thiên tai, hỏa hoạn", "Mái ấm Công đoàn – xây mới", "Mái ấm Công đoàn – sửa chữa",
            "Hỗ trợ Tết"};

    private SampleDecisionLetters() {
    }

    /** {@code count} letters, each different (a fixed seed, so reruns print the same ones). */
    static List<AdministrativeLetter> generate(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<AdministrativeLetter> letters = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            String ward = VietnameseNames.wardName(random);
            String issuer = "Công đoàn phường " + ward;
            String grassroots = "Công đoàn cơ sở " + WORKPLACES[random.nextInt(WORKPLACES.length)]
                    + VietnameseNames.wardName(random);
            boolean grassrootsPays = random.nextInt(3) == 0;
            long amount = 50_000L * random.nextInt(10, 400);
            LocalDate date = LocalDate.of(2026, 1 + random.nextInt(12), 1 + random.nextInt(28));
            String caseNumber = "HT-%d-%06d".formatted(date.getYear(), i);
            DecisionLetter decision = new DecisionLetter(caseNumber, issuer, grassroots,
                    grassrootsPays ? grassroots : issuer, grassrootsPays,
                    VietnameseNames.fullName(random, random.nextBoolean()), "%012d".formatted(random.nextLong(
                    1_000_000_000_000L)), amount, REASONS[random.nextInt(REASONS.length)],
                    random.nextBoolean() ? "Chuyển khoản" : "Tiền mặt", date.getYear(),
                    VietnameseNames.fullName(random, random.nextBoolean()));
            letters.add(decision.letter(new OfficialHeading(CITY, issuer, i + "/QĐ-CĐCTTCS", "Hà Nội", date)));
        }
        return letters;
    }
}
