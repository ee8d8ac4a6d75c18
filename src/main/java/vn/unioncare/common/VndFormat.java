package vn.unioncare.common;

/**
 * Amounts of Vietnamese đồng as Vietnamese write them, with dots between thousands, whatever the reader's
 * language: {@code 10.000.000}, {@code 10.000.000 đồng} in documents, {@code 10.000.000 ₫} on screen.
 */
public final class VndFormat {

    private VndFormat() {
    }

    /** "1.500.000" for 1,500,000; a negative amount keeps its minus sign. */
    public static String digits(long amount) {
        String plain = Long.toString(amount).replace("-", "");
        StringBuilder grouped = new StringBuilder(plain.length() + plain.length() / 3 + 1);
        for (int i = 0; i < plain.length(); i++) {
            if (i > 0 && (plain.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(plain.charAt(i));
        }
        return (amount < 0 ? "-" : "") + grouped;
    }

    /** "10.000.000 đồng", as letters and receipts write it. */
    public static String dong(long amount) {
        return digits(amount) + " đồng";
    }

    /** "10.000.000 ₫", as screens show it. */
    public static String withSign(long amount) {
        return digits(amount) + " ₫";
    }
}
