package vn.unioncare.common;

/** Amounts of Vietnamese đồng as Vietnamese write them: {@code 10.000.000}, whatever the reader's language. */
public final class VndFormat {

    private VndFormat() {
    }

    public static String digits(long amount) {
        String plain = Long.toString(Math.abs(amount));
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < plain.length(); i++) {
            if (i > 0 && (plain.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(plain.charAt(i));
        }
        return amount < 0 ? "-" + grouped : grouped.toString();
    }
}
