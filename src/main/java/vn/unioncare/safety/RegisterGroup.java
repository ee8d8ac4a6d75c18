package vn.unioncare.safety;

/**
 * Reports of the register grouped per employer ({@code key} the employer key, {@code name} one of its names,
 * {@code taxCode} where known) or per workplace union ({@code key} its code): the number of reports and the people
 * they name.
 */
public record RegisterGroup(String key, String name, String taxCode, long reports, long deaths,
                            long seriouslyInjured, long lightlyInjured) {
}
