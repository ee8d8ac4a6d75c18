package vn.unioncare;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Random and hostile JSON-like values for property tests of the validator and the API. */
public final class HostileValues {

    private HostileValues() {
    }

    /** Random and hostile JSON values: strings of every kind, numbers at the edges, nested lists and objects. */
    public static Arbitrary<Object> any() {
        Arbitrary<Object> scalars = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(60).map(s -> (Object) s),
                Arbitraries.strings().all().ofMinLength(19_990).ofMaxLength(20_010).map(s -> (Object) s),
                Arbitraries.of("<script>alert(1)</script>", "' or 1=1 --", "\u0000\u001b[2J", "=1/0", "${7*7}",
                        "0912 345 678", "2026-02-30", "25:61", "NaN", "SICKNESS", "transfer").map(s -> (Object) s),
                Arbitraries.integers().map(i -> (Object) i),
                Arbitraries.longs().map(l -> (Object) l),
                Arbitraries.doubles().map(d -> (Object) d),
                Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, -0.0d).map(d -> (Object) d),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.just(null));
        return Arbitraries.recursive(() -> scalars,
                inner -> Arbitraries.oneOf(inner.list().ofMaxSize(4).map(l -> (Object) l),
                        Arbitraries.maps(Arbitraries.of("name", "account", "age", "x"), inner).ofMaxSize(3)
                                .map(m -> (Object) m)),
                0, 4);
    }
}
