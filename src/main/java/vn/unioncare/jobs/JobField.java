package vn.unioncare.jobs;

/** The fields of the employer and vacancy forms, with the column of the CSV import that carries each. */
public enum JobField {
    TAX_CODE("tax_code"),
    EMPLOYER_NAME("employer_name"),
    ADDRESS("employer_address"),
    INDUSTRIAL_PARK("industrial_park"),
    CONTACT_NAME("contact_name"),
    CONTACT_PHONE("contact_phone"),
    CONTACT_EMAIL("contact_email"),
    /** The vacancy's employer; in the CSV named by its tax code. */
    EMPLOYER("tax_code"),
    TITLE("title"),
    OCCUPATION_CODE("occupation_code"),
    OCCUPATION_NAME("occupation_name"),
    SKILLS("skills"),
    DISTRICT("district"),
    WARD("ward"),
    SALARY_MIN("salary_min"),
    SALARY_MAX("salary_max"),
    SEATS("seats"),
    CLOSING_DATE("closing_date"),
    SOURCE("source"),
    STATUS("status"),
    /** Chosen for the whole file in an import, so no column. */
    OWNING_UNIT(null);

    private final String csvColumn;

    JobField(String csvColumn) {
        this.csvColumn = csvColumn;
    }

    /** The CSV header naming this field; null when the import sets it for the whole file. */
    public String csvColumn() {
        return csvColumn;
    }
}
