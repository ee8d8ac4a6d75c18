package vn.unioncare.jobs;

/**
 * Filters of the vacancy list, each optional: {@code text} is found anywhere in the title or the employer's name,
 * {@code occupation} is an occupation code or the start of its name, {@code location} the start of the district
 * or ward (diacritics and case ignored everywhere); {@code salaryAtLeast} keeps vacancies whose maximum salary
 * reaches it; {@code openOnly} keeps those taking applications today. Members always see open vacancies only.
 */
public record VacancyFilter(String text, String occupation, String location, Long salaryAtLeast,
                            VacancySource source, boolean openOnly) {

    public static VacancyFilter open() {
        return new VacancyFilter(null, null, null, null, null, true);
    }

    public static VacancyFilter all() {
        return new VacancyFilter(null, null, null, null, null, false);
    }

    public VacancyFilter withOpenOnly(boolean open) {
        return new VacancyFilter(text, occupation, location, salaryAtLeast, source, open);
    }
}
