package vn.unioncare.bench;

import java.util.SplittableRandom;

/**
 * Vietnamese full names with diacritics, family names weighted roughly as in the population (Nguyễn about a third).
 */
final class VietnameseNames {

    private static final String[] FAMILY = {"Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê",
            "Lê", "Phạm", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương",
            "Lý", "Đinh", "Trịnh", "Đoàn", "Lương", "Mai", "Tạ", "Chu", "Khuất", "Kiều"};
    private static final String[] MALE_MIDDLE = {"Văn", "Văn", "Đức", "Minh", "Hữu", "Quang", "Thanh", "Ngọc",
            "Xuân", "Tiến", "Mạnh", "Đình", "Công", "Trọng", "Việt"};
    private static final String[] FEMALE_MIDDLE = {"Thị", "Thị", "Thị", "Thu", "Ngọc", "Thanh", "Minh", "Hồng",
            "Phương", "Thùy", "Bích", "Kim", "Diệu", "Quỳnh", "Hải"};
    private static final String[] MALE_GIVEN = {"An", "Bình", "Cường", "Dũng", "Duy", "Đạt", "Giang", "Hải",
            "Hiếu", "Hoàng", "Hùng", "Huy", "Khánh", "Khoa", "Long", "Lâm", "Minh", "Nam", "Nghĩa", "Phong", "Phúc",
            "Quân", "Quang", "Sơn", "Tài", "Thắng", "Thành", "Trung", "Tuấn", "Tùng", "Việt", "Vinh", "Đông", "Lộc"};
    private static final String[] FEMALE_GIVEN = {"Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hiền",
            "Hoa", "Hồng", "Huệ", "Hương", "Huyền", "Lan", "Liên", "Linh", "Loan", "Mai", "My", "Nga", "Ngọc",
            "Nhung", "Oanh", "Phương", "Quyên", "Tâm", "Thảo", "Thủy", "Trang", "Trâm", "Uyên", "Vân", "Yến", "Ánh"};

    private VietnameseNames() {
    }

    static String fullName(SplittableRandom random, boolean female) {
        String family = FAMILY[random.nextInt(FAMILY.length)];
        String middle = female ? FEMALE_MIDDLE[random.nextInt(FEMALE_MIDDLE.length)]
                : MALE_MIDDLE[random.nextInt(MALE_MIDDLE.length)];
        String given = female ? FEMALE_GIVEN[random.nextInt(FEMALE_GIVEN.length)]
                : MALE_GIVEN[random.nextInt(MALE_GIVEN.length)];
        // about one in four names has a second middle name ("Nguyễn Thị Thu Hà")
        if (random.nextInt(4) == 0) {
            String second = female ? FEMALE_MIDDLE[random.nextInt(FEMALE_MIDDLE.length)]
                    : MALE_MIDDLE[random.nextInt(MALE_MIDDLE.length)];
            if (!second.equals(middle)) {
                return family + " " + middle + " " + second + " " + given;
            }
        }
        return family + " " + middle + " " + given;
    }

    static String wardName(SplittableRandom random) {
        String[] wards = {"Cầu Giấy", "Đống Đa", "Ba Đình", "Hoàn Kiếm", "Hai Bà Trưng", "Hoàng Mai", "Thanh Xuân",
                "Long Biên", "Tây Hồ", "Hà Đông", "Nam Từ Liêm", "Bắc Từ Liêm", "Sóc Sơn", "Đông Anh", "Gia Lâm",
                "Thanh Trì", "Mê Linh", "Sơn Tây", "Ba Vì", "Phúc Thọ", "Đan Phượng", "Hoài Đức", "Quốc Oai",
                "Thạch Thất", "Chương Mỹ", "Thanh Oai", "Thường Tín", "Phú Xuyên", "Ứng Hòa", "Mỹ Đức"};
        return wards[random.nextInt(wards.length)];
    }
}
