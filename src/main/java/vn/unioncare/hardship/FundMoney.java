package vn.unioncare.hardship;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** VND amounts as Vietnamese write them, whatever the reader's language: {@code 10.000.000 ₫}. */
public final class FundMoney {

    private FundMoney() {
    }

    public static String vnd(long amount) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        return new DecimalFormat("#,##0", symbols).format(amount) + " ₫";
    }
}
