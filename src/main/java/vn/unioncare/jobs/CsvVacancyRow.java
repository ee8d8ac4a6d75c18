package vn.unioncare.jobs;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** One data row of a vacancy CSV read into an employer and a vacancy draft, with what could not be read. */
final class CsvVacancyRow {

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE);

    final int row;
    final EmployerDraft employer;
    final VacancyDraft vacancy;
    final List<ImportProblem> problems = new ArrayList<>();

    private final CsvHeader header;
    private final CsvRecords.CsvRecord record;

    CsvVacancyRow(CsvHeader header, CsvRecords.CsvRecord record) {
        this.header = header;
        this.record = record;
        this.row = record.row();
        List<String> extra = record.cells().subList(Math.min(header.width(), record.cells().size()),
                record.cells().size());
        if (extra.stream().anyMatch(cell -> !cell.isBlank())) {
            problems.add(ImportProblem.of(row, null, "jobs.import.columnCount", header.width(),
                    record.cells().size()));
        }
        employer = EmployerRules.normalise(new EmployerDraft(text(JobField.TAX_CODE), text(JobField.EMPLOYER_NAME),
                text(JobField.ADDRESS), text(JobField.INDUSTRIAL_PARK), text(JobField.CONTACT_NAME),
                text(JobField.CONTACT_PHONE), text(JobField.CONTACT_EMAIL)));
        String skills = text(JobField.SKILLS);
        vacancy = VacancyRules.normalise(new VacancyDraft(null, text(JobField.TITLE), text(JobField.OCCUPATION_CODE),
                text(JobField.OCCUPATION_NAME), skills == null ? List.of() : Arrays.asList(skills.split("[,;|]")),
                text(JobField.DISTRICT), text(JobField.WARD), amount(JobField.SALARY_MIN),
                amount(JobField.SALARY_MAX), seats(), date(), parsed(JobField.SOURCE, VacancySource::valueOf,
                "jobs.import.unknownSource"), parsed(JobField.STATUS, VacancyStatus::valueOf,
                "jobs.import.unknownStatus"), null));
    }

    /** The vacancy checked as the form checks it, for an employer that exists or will. */
    void checkVacancy(LocalDate today) {
        VacancyDraft withEmployer = new VacancyDraft(0L, vacancy.title(), vacancy.occupationCode(),
                vacancy.occupationName(), vacancy.skills(), vacancy.district(), vacancy.ward(), vacancy.salaryMin(),
                vacancy.salaryMax(), vacancy.seats(), vacancy.closingDate(), vacancy.source(), vacancy.status(), null);
        VacancyRules.check(withEmployer, today).forEach(this::add);
    }

    void add(FieldProblem problem) {
        boolean unread = problems.stream().anyMatch(p -> problem.field().csvColumn().equals(p.column()));
        if (!unread) {
            problems.add(new ImportProblem(row, problem.field().csvColumn(), problem.messageKey(),
                    problem.arguments()));
        }
    }

    private String text(JobField field) {
        return header.text(record, field.csvColumn());
    }

    /** "8.000.000", "8 000 000" and "8000000" alike. */
    private Long amount(JobField field) {
        return number(field, "[.,\\s]", 15);
    }

    private Integer seats() {
        Long seats = number(JobField.SEATS, "\\s", 6);
        return seats == null ? null : seats.intValue();
    }

    /** The column as a whole number once {@code separators} are taken out; null and a problem if it is none. */
    private Long number(JobField field, String separators, int maxDigits) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        String digits = text.replaceAll(separators, "");
        if (!digits.matches("[0-9]{1," + maxDigits + "}")) {
            problems.add(ImportProblem.of(row, field.csvColumn(), "jobs.import.notANumber", text));
            return null;
        }
        return Long.valueOf(digits);
    }

    private LocalDate date() {
        String text = text(JobField.CLOSING_DATE);
        if (text == null) {
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        problems.add(ImportProblem.of(row, JobField.CLOSING_DATE.csvColumn(), "jobs.import.notADate", text));
        return null;
    }

    private <E extends Enum<E>> E parsed(JobField field, Function<String, E> valueOf, String messageKey) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        try {
            return valueOf.apply(text.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            problems.add(ImportProblem.of(row, field.csvColumn(), messageKey, text));
            return null;
        }
    }
}
