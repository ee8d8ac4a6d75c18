package vn.unioncare.documents;

/** An amount of đồng in figures the Vietnamese way, with dots between thousands: "10.000.000 đồng". */
public final class VietnameseAmountInFigures {

    private VietnameseAmountInFigures() {
    }

    public static String of(long dong) {
        return number(dong) + " đồng";
    }

    /** "1.500.000" for 1,500,000; a negative amount keeps its minus sign. */
    public static String number(long value) {
        String digits = Long.toString(value).replace("-", "");
        StringBuilder grouped = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(digits.charAt(i));
        }
        return (value < 0 ? "-" : "") + grouped;
    }
}
