package vn.unioncare.jobs;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.unioncare.jobs.domain.EmployerRows;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The employers whose vacancies unions pass on. Officers of the city federation and of the unions directly above
 * grassroots keep them (see {@link NotAMaintainerException}); one employer per tax code, shared by all unions.
 */
@Service
@Transactional
public class Employers {

    private static final int MAX_PAGE = 500;

    private final EmployerRows rows;
    private final Maintainers maintainers;
    private final Clock clock;

    Employers(EmployerRows rows, Maintainers maintainers, Clock clock) {
        this.rows = rows;
        this.maintainers = maintainers;
        this.clock = clock;
    }

    /** A page of employers whose name contains {@code text} (diacritics ignored) or whose tax code starts with it. */
    @Transactional(readOnly = true)
    public List<EmployerView> search(String text, int offset, int limit) {
        maintainers.requireMaintainer();
        return rows.page(text, Math.max(0, offset), Math.max(1, Math.min(limit, MAX_PAGE)));
    }

    @Transactional(readOnly = true)
    public long count(String text) {
        maintainers.requireMaintainer();
        return rows.count(text);
    }

    /** For everybody signed in and for processes (a referral letter names the employer). */
    @Transactional(readOnly = true)
    public Optional<EmployerView> find(long id) {
        maintainers.requireSignedIn();
        return rows.find(id);
    }

    @Transactional(readOnly = true)
    public Optional<EmployerView> findByTaxCode(String taxCode) {
        maintainers.requireSignedIn();
        return taxCode == null ? Optional.empty() : rows.findByTaxCode(taxCode.strip());
    }

    /**
     * @throws InvalidInputException     with a problem per invalid field
     * @throws JobsException             409 {@code jobs.error.taxCodeTaken} when the tax code is already registered
     * @throws NotAMaintainerException   for anybody but a maintainer
     */
    public EmployerView create(EmployerDraft draft) {
        maintainers.requireMaintainer();
        EmployerDraft clean = valid(draft);
        if (rows.findByTaxCode(clean.taxCode()).isPresent()) {
            throw JobsException.taxCodeTaken(clean.taxCode());
        }
        try {
            return rows.find(rows.insert(clean, maintainers.username(), clock.instant())).orElseThrow();
        } catch (DuplicateKeyException e) {
            throw JobsException.taxCodeTaken(clean.taxCode());
        }
    }

    /** Saves an edit made on {@code version}; 409 {@code jobs.error.concurrentChange} if a colleague saved first. */
    public EmployerView update(long id, long version, EmployerDraft draft) {
        maintainers.requireMaintainer();
        EmployerDraft clean = valid(draft);
        try {
            if (!rows.update(id, version, clean)) {
                throw rows.find(id).isPresent() ? JobsException.concurrentChange("employer " + id)
                        : JobsException.notFoundOrNoAccess("employer " + id);
            }
        } catch (DuplicateKeyException e) {
            throw JobsException.taxCodeTaken(clean.taxCode());
        }
        return rows.find(id).orElseThrow();
    }

    private static EmployerDraft valid(EmployerDraft draft) {
        EmployerDraft clean = EmployerRules.normalise(draft);
        List<FieldProblem> problems = EmployerRules.check(clean);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return clean;
    }
}
