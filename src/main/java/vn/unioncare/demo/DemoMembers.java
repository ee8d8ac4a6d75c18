package vn.unioncare.demo;

import vn.unioncare.member.Gender;
import vn.unioncare.member.MemberRecord;
import vn.unioncare.member.MemberService;
import vn.unioncare.member.NewMember;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Realistic Vietnamese members, the same on every run: names, birthdays, phones and 12-digit citizen ID numbers. */
final class DemoMembers {

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ",
            "Ngô", "Dương", "Lý", "Phan", "Trịnh", "Đinh"};
    private static final String[] MALE_MIDDLE = {"Văn", "Đức", "Minh", "Quang", "Hữu", "Thành", "Xuân", "Công"};
    private static final String[] FEMALE_MIDDLE = {"Thị", "Thu", "Ngọc", "Thanh", "Minh", "Phương", "Hồng", "Kim"};
    private static final String[] MALE_GIVEN = {"An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khánh", "Long", "Phúc",
            "Quân", "Sơn", "Thắng", "Trung", "Tuấn", "Việt", "Đạt"};
    private static final String[] FEMALE_GIVEN = {"Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hương", "Lan", "Linh",
            "Mai", "Nga", "Oanh", "Phượng", "Thảo", "Trang", "Yến"};

    private DemoMembers() {
    }

    static List<MemberRecord> register(MemberService members, String orgCode, String cardPrefix, int count, int seed) {
        List<MemberRecord> registered = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = seed + i;
            boolean male = n % 2 == 0;
            String name = n == 0 ? "Nguyễn Văn An" : FAMILY[(n * 7) % FAMILY.length] + " "
                    + (male ? MALE_MIDDLE : FEMALE_MIDDLE)[(n * 3) % 8] + " "
                    + (male ? MALE_GIVEN : FEMALE_GIVEN)[(n * 5) % 16];
            LocalDate born = LocalDate.of(1968 + (n * 7) % 35, 1 + n % 12, 1 + (n * 11) % 28);
            String phone = String.format("09%d%07d", n % 9 + 1, 1234567 + n * 7919 % 8000000);
            String nationalId = String.format("001%d%02d%06d", (born.getYear() >= 2000 ? 2 : 0) + (male ? 0 : 1),
                    born.getYear() % 100, 100000 + n * 3571);
            LocalDate joined = LocalDate.of(2012 + n % 12, 1 + (n * 5) % 12, 1);
            registered.add(members.register(new NewMember(String.format("%s-%06d", cardPrefix, i + 1), name, born,
                    male ? Gender.MALE : Gender.FEMALE, phone, nationalId, orgCode, joined)));
        }
        return registered;
    }
}
