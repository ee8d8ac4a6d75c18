package vn.unioncare.jobs;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.unioncare.jobs.domain.EmployerRows;
import vn.unioncare.jobs.domain.VacancyRows;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Imports vacancies from a CSV file: UTF-8 (a byte-order mark is fine), a header row naming the columns
 * ({@link CsvHeader#COLUMNS}, any order), semicolons or commas between fields. Every row is checked as the form
 * checks a vacancy, and the file is imported whole or not at all: one problem anywhere and nothing is saved, the
 * report lists every problem by row and column.
 * <p>
 * The employer of a row is named by {@code tax_code}. A registered employer is used as it is (the row's employer
 * columns are ignored, an import never changes an employer); an unregistered one is created from the row's
 * {@code employer_name}, {@code employer_address}, ... columns, which must then name it; when several rows name the
 * same new tax code, the first of them describes the employer.
 */
@Service
public class VacancyImport {

    private final EmployerRows employers;
    private final VacancyRows vacancies;
    private final Maintainers maintainers;
    private final Clock clock;
    private final int maxRows;
    private final long maxBytes;

    VacancyImport(EmployerRows employers, VacancyRows vacancies, Maintainers maintainers, Clock clock,
                  @Value("${unioncare.jobs.import.max-rows:5000}") int maxRows,
                  @Value("${unioncare.jobs.import.max-bytes:2097152}") long maxBytes) {
        this.employers = employers;
        this.vacancies = vacancies;
        this.maintainers = maintainers;
        this.clock = clock;
        this.maxRows = maxRows;
        this.maxBytes = maxBytes;
    }

    public int maxRows() {
        return maxRows;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Imports the file for {@code owningUnitId} (null: the officer's own union).
     *
     * @throws NotAMaintainerException for anybody but a maintainer of that union
     * @throws JobsException           413 {@code jobs.import.tooLarge} or {@code jobs.import.tooManyRows},
     *                                 422 {@code jobs.import.notUtf8} or {@code jobs.import.empty}
     */
    @Transactional
    public ImportReport importCsv(InputStream content, Long owningUnitId) {
        maintainers.requireMaintainer();
        long owner = maintainers.owningUnit(owningUnitId);
        List<CsvRecords.CsvRecord> records;
        try {
            records = CsvRecords.parse(CsvText.read(content, maxBytes));
        } catch (CsvRecords.UnclosedQuote unclosed) {
            return ImportReport.refused(List.of(ImportProblem.of(unclosed.row, null, "jobs.import.unclosedQuote")));
        }
        List<CsvRecords.CsvRecord> data = records.stream().skip(1).filter(r -> !r.blank()).toList();
        if (records.isEmpty() || data.isEmpty()) {
            throw new JobsException("jobs.import.empty", 422, "no data rows");
        }
        if (data.size() > maxRows) {
            throw new JobsException("jobs.import.tooManyRows", 413, data.size() + " rows", maxRows);
        }
        List<ImportProblem> problems = new ArrayList<>();
        CsvHeader header = CsvHeader.read(records.get(0), problems);
        if (!problems.isEmpty()) {
            return ImportReport.refused(problems);
        }
        List<CsvVacancyRow> rows = data.stream().map(record -> new CsvVacancyRow(header, record)).toList();
        Map<String, EmployerDraft> newEmployers = checkEmployers(rows);
        LocalDate today = LocalDate.now(clock);
        rows.forEach(row -> row.checkVacancy(today));
        rows.forEach(row -> problems.addAll(row.problems));
        if (!problems.isEmpty()) {
            return ImportReport.refused(problems);
        }
        return save(rows, newEmployers, owner);
    }

    /** Checks each row's employer; the employers to create, by tax code. */
    private Map<String, EmployerDraft> checkEmployers(List<CsvVacancyRow> rows) {
        Map<String, EmployerView> known = employers.findByTaxCodes(rows.stream().map(r -> r.employer.taxCode())
                        .filter(t -> t != null && t.matches(EmployerRules.TAX_CODE)).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(EmployerView::taxCode, Function.identity()));
        Map<String, EmployerDraft> created = new LinkedHashMap<>();
        for (CsvVacancyRow row : rows) {
            String taxCode = row.employer.taxCode();
            if (taxCode == null || !taxCode.matches(EmployerRules.TAX_CODE)) {
                EmployerRules.check(row.employer).stream().filter(p -> p.field() == JobField.TAX_CODE)
                        .forEach(row::add);
            } else if (!known.containsKey(taxCode) && !created.containsKey(taxCode)) {
                if (row.employer.name() == null) {
                    row.problems.add(ImportProblem.of(row.row, JobField.TAX_CODE.csvColumn(),
                            "jobs.import.unknownEmployer", taxCode));
                } else {
                    EmployerRules.check(row.employer).forEach(row::add);
                    created.put(taxCode, row.employer);
                }
            }
        }
        return created;
    }

    private ImportReport save(List<CsvVacancyRow> rows, Map<String, EmployerDraft> newEmployers, long owner) {
        Instant now = clock.instant();
        String by = maintainers.username();
        Map<String, Long> employerIds = new HashMap<>();
        newEmployers.forEach((taxCode, draft) -> employerIds.put(taxCode, employers.insert(draft, by, now)));
        employers.findByTaxCodes(rows.stream().map(r -> r.employer.taxCode()).filter(t -> !employerIds.containsKey(t))
                .collect(Collectors.toSet())).forEach(e -> employerIds.put(e.taxCode(), e.id()));
        for (CsvVacancyRow row : rows) {
            VacancyDraft v = row.vacancy;
            vacancies.insert(new VacancyDraft(employerIds.get(row.employer.taxCode()), v.title(), v.occupationCode(),
                    v.occupationName(), v.skills(), v.district(), v.ward(), v.salaryMin(), v.salaryMax(), v.seats(),
                    v.closingDate(), v.source(), v.status(), owner), owner, by, now);
        }
        return new ImportReport(rows.size(), newEmployers.size(), List.of());
    }
}
