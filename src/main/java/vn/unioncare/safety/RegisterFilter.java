package vn.unioncare.safety;

import java.time.LocalDate;

/**
 * What the incident register shows: reports of a union's subtree (null: all the officer may see), of an employer (its
 * tax code exactly, or part of its name, diacritics ignored), of a type and severity, occurred within the days given
 * (Hanoi time, both included) and open or closed ({@code OPEN}, {@code CLOSED}); null or blank means any.
 */
public record RegisterFilter(Long unionId, String employer, String reportType, String severity, LocalDate from,
                             LocalDate to, String outcome) {

    public static RegisterFilter any() {
        return new RegisterFilter(null, null, null, null, null, null, null);
    }
}
