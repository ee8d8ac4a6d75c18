package vn.unioncare.documents;

import org.springframework.stereotype.Component;
import vn.unioncare.common.YearlyCounters;

/**
 * Numbers of official documents as Decree 30/2020/ND-CP writes them, "15/QĐ-CĐCS": a sequence per issuing union,
 * document type and year (it starts again at 1 each year), unique and without gaps. The number is taken in the
 * caller's transaction, so a document whose generation rolls back gives its number back.
 */
@Component
public class DocumentNumbers {

    private final YearlyCounters counters;

    public DocumentNumbers(YearlyCounters counters) {
        this.counters = counters;
    }

    /**
     * The next number, e.g. {@code next("CS-THCS-NGHIA-TAN", "QĐ", "CĐCS", 2026)} gives "15/QĐ-CĐCS"; below 10 with a
     * leading zero ("05/QĐ-CĐCS") as the decree asks.
     *
     * @param issuerCode   the issuing union's code, which keeps its sequence apart from other unions'
     * @param typeSymbol   the abbreviation of the document type: "QĐ" decision, "GGT" referral letter, "PC" receipt
     * @param issuerSymbol the issuer's abbreviation printed in the number, e.g. "CĐCS", "LĐLĐ"
     */
    public String next(String issuerCode, String typeSymbol, String issuerSymbol, int year) {
        String type = Texts.nfc(requireSymbol(typeSymbol, "typeSymbol"));
        String counterName = "document/" + Texts.requireText(issuerCode, "issuerCode").strip() + "/" + type;
        long value = counters.next(counterName, year);
        return "%02d/%s-%s".formatted(value, type, Texts.nfc(requireSymbol(issuerSymbol, "issuerSymbol")));
    }

    private static String requireSymbol(String symbol, String name) {
        if (Texts.requireText(symbol, name).chars().anyMatch(c -> c == '/' || Character.isWhitespace(c))) {
            throw new IllegalArgumentException(name + " must not contain '/' or spaces: " + symbol);
        }
        return symbol;
    }
}
