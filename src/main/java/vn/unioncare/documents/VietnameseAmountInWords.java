package vn.unioncare.documents;

import java.util.ArrayList;
import java.util.List;

/**
 * An amount of Vietnamese đồng in words as written on receipts and decisions, from 0 to 999,999,999,999:
 * "Một trăm linh năm nghìn đồng". The reading follows the usual rules: "mười" for a ten of one, "mốt" for a one and
 * "lăm" for a five after a ten of two or more ("hai mươi mốt", "mười lăm"), "linh" for a zero ten before a unit
 * ("một trăm linh năm"), groups of three digits named nghìn, triệu and tỷ, an all-zero group left out and the others
 * after the first read in full ("một triệu không trăm linh năm nghìn").
 */
public final class VietnameseAmountInWords {

    public static final long MAX = 999_999_999_999L;

    private static final String[] DIGITS = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};
    /** Group names from the highest: the billions, millions, thousands and units. */
    private static final String[] GROUPS = {"tỷ", "triệu", "nghìn", ""};

    private VietnameseAmountInWords() {
    }

    /** "Mười triệu đồng" for 10,000,000. */
    public static String of(long dong) {
        String words = words(dong);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1) + " đồng";
    }

    /** The number in lower-case words without the currency: "hai mươi mốt nghìn" for 21,000. */
    public static String words(long number) {
        if (number < 0 || number > MAX) {
            throw new IllegalArgumentException("amount out of range 0.." + MAX + ": " + number);
        }
        if (number == 0) {
            return DIGITS[0];
        }
        List<String> words = new ArrayList<>();
        long divisor = 1_000_000_000L;
        boolean leading = true;
        for (String group : GROUPS) {
            int value = (int) (number / divisor % 1000);
            if (value != 0) {
                readGroup(value, leading, words);
                if (!group.isEmpty()) {
                    words.add(group);
                }
                leading = false;
            }
            divisor /= 1000;
        }
        return String.join(" ", words);
    }

    /** Three digits; the leading group of the number drops its leading zeros ("năm", not "không trăm linh năm"). */
    private static void readGroup(int value, boolean leading, List<String> words) {
        int hundreds = value / 100;
        int tens = value / 10 % 10;
        int units = value % 10;
        boolean hundredsRead = !leading || hundreds > 0;
        if (hundredsRead) {
            words.add(DIGITS[hundreds]);
            words.add("trăm");
        }
        if (tens == 0) {
            if (units > 0) {
                if (hundredsRead) {
                    words.add("linh");
                }
                words.add(DIGITS[units]);
            }
            return;
        }
        if (tens == 1) {
            words.add("mười");
        } else {
            words.add(DIGITS[tens]);
            words.add("mươi");
        }
        if (units == 1 && tens > 1) {
            words.add("mốt");
        } else if (units == 5) {
            words.add("lăm");
        } else if (units > 0) {
            words.add(DIGITS[units]);
        }
    }
}
