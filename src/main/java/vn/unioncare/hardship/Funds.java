package vn.unioncare.hardship;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.unioncare.common.SearchText;
import vn.unioncare.hardship.domain.FundAccountRows;
import vn.unioncare.hardship.domain.FundDeclineRows;
import vn.unioncare.hardship.domain.FundKeyUse;
import vn.unioncare.hardship.domain.FundPostingRows;
import vn.unioncare.hardship.domain.FundScopeQuery;
import vn.unioncare.organisation.OrgUnitView;
import vn.unioncare.organisation.OrganisationService;
import vn.unioncare.security.CurrentUser;
import vn.unioncare.security.OfficerRole;
import vn.unioncare.security.UnionCareUser;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Each organisation unit's fund per year: a budget, what approvals have committed and what has been paid, in VND.
 * <p>
 * {@link #commit}, {@link #pay} and {@link #release} are for the processes: they check no user and run in the
 * caller's transaction. Each locks the unit's account for the year, so postings to one fund happen one after another
 * and two commitments never spend the same money; each takes an idempotency key, and a repeat with the same key
 * returns what the first call did without posting again (so a retried job posts once).
 * <p>
 * The balance and the ledger are for officers of the unit (or above it, with a role that covers the subtree) and
 * administrators; anybody else is told "not found or no access", as if the unit did not exist.
 */
@Service
@Transactional
public class Funds {

    private static final int MAX_KEY_LENGTH = 200;
    private static final int MAX_CASE_NUMBER_LENGTH = 40;
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;
    private static final int MAX_PAGE = 500;
    private static final int MAX_QUERY_LENGTH = 100;

    private final FundAccountRows accounts;
    private final FundPostingRows postings;
    private final FundDeclineRows declines;
    private final FundScopeQuery scopeQuery;
    private final OrganisationService organisation;
    private final CurrentUser currentUser;
    private final Clock clock;

    Funds(FundAccountRows accounts, FundPostingRows postings, FundDeclineRows declines, FundScopeQuery scopeQuery,
          OrganisationService organisation, CurrentUser currentUser, Clock clock) {
        this.accounts = accounts;
        this.postings = postings;
        this.declines = declines;
        this.scopeQuery = scopeQuery;
        this.organisation = organisation;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Commits the amount if it fits into what is available: true and a {@code COMMIT} posting, or false and nothing
     * posted. A repeat with the same key answers as the first call did, even if the fund has changed since; use a new
     * key for a new attempt.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public boolean commit(String key, long orgUnitId, int year, long amount, String caseNumber) {
        requireRequest(key, year, amount, caseNumber);
        boolean accountExists = accounts.lock(orgUnitId, year).isPresent();
        Optional<FundKeyUse> earlier = earlierUse(key, FundPostingKind.COMMIT, orgUnitId, year, amount);
        if (earlier.isPresent()) {
            return !earlier.get().declined();
        }
        Instant now = now();
        if (accountExists && accounts.commit(orgUnitId, year, amount, now)) {
            post(key, FundPostingKind.COMMIT, orgUnitId, year, amount, caseNumber, now);
            return true;
        }
        declines.insert(key, orgUnitId, year, amount, caseNumber, now);
        return false;
    }

    /**
     * Pays out a committed amount (committed goes down, paid up).
     *
     * @throws FundException {@code funds.error.notCommitted} when less than the amount is committed
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void pay(String key, long orgUnitId, int year, long amount, String caseNumber) {
        takeFromCommitted(key, FundPostingKind.PAY, orgUnitId, year, amount, caseNumber);
    }

    /**
     * Takes a commitment back, e.g. when the case is rejected after approval.
     *
     * @throws FundException {@code funds.error.notCommitted} when less than the amount is committed
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void release(String key, long orgUnitId, int year, long amount, String caseNumber) {
        takeFromCommitted(key, FundPostingKind.RELEASE, orgUnitId, year, amount, caseNumber);
    }

    /** What the unit may still commit in the year; 0 without a budget. For the processes: no user check. */
    @Transactional(readOnly = true)
    public long available(long orgUnitId, int year) {
        return accounts.find(orgUnitId, year).map(FundBalance::available).orElse(0L);
    }

    /** The unit's fund in the year, for those who may see it. */
    @Transactional(readOnly = true)
    public FundBalance balance(long orgUnitId, int year) {
        requireVisible(orgUnitId);
        return accounts.find(orgUnitId, year).orElse(FundBalance.empty(orgUnitId, year));
    }

    /** A page of the unit's ledger for the year, newest first, for those who may see it. */
    @Transactional(readOnly = true)
    public List<FundPosting> ledger(long orgUnitId, int year, int offset, int limit) {
        requireVisible(orgUnitId);
        return postings.page(orgUnitId, year, Math.max(0, offset), pageSize(limit));
    }

    @Transactional(readOnly = true)
    public long countLedger(long orgUnitId, int year) {
        requireVisible(orgUnitId);
        return postings.count(orgUnitId, year);
    }

    /**
     * Sets the unit's budget for the year and writes a {@code BUDGET} posting with who and when. For administrators
     * and the unit's own finance officers.
     *
     * @throws FundException 404 for a unit the user may not see, 403 for one they see but do not keep the books of,
     *                       409 {@code funds.error.budgetBelowSpent} below what is already committed and paid
     */
    public void setBudget(long orgUnitId, int year, long budget) {
        requireYear(year);
        if (budget < 0) {
            throw FundException.invalidAmount(budget);
        }
        requireVisible(orgUnitId);
        if (!maySetBudget(orgUnitId)) {
            throw FundException.budgetNotAllowed(orgUnitId);
        }
        Instant now = now();
        Optional<FundBalance> account = accounts.lock(orgUnitId, year);
        if (account.isEmpty()) {
            openAccount(orgUnitId, year, budget, now);
        } else if (!accounts.setBudget(orgUnitId, year, budget, now)) {
            throw FundException.budgetBelowSpent(budget, account.get());
        }
        post(null, FundPostingKind.BUDGET, orgUnitId, year, budget, null, now);
    }

    /** Whether the signed-in user may set the unit's budget: an administrator, or finance at that very unit. */
    @Transactional(readOnly = true)
    public boolean maySetBudget(long orgUnitId) {
        if (currentUser.isSystem()) {
            return true;
        }
        return currentUser.get().map(user -> user.isAdmin() || user.assignments().stream()
                .anyMatch(a -> a.orgUnitId() == orgUnitId && a.role() == OfficerRole.FINANCE)).orElse(false);
    }

    /**
     * The units whose funds the signed-in user may open, higher levels first, whose name or code contains
     * {@code query} (diacritics ignored; blank for all).
     */
    @Transactional(readOnly = true)
    public List<OrgUnitView> units(String query, int offset, int limit) {
        List<Long> ids = scopeQuery.unitIds(currentUser.scope(), pattern(query), Math.max(0, offset),
                pageSize(limit));
        Map<Long, OrgUnitView> byId = organisation.findAllById(ids).stream()
                .collect(Collectors.toMap(OrgUnitView::id, Function.identity()));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    @Transactional(readOnly = true)
    public long countUnits(String query) {
        return scopeQuery.countUnits(currentUser.scope(), pattern(query));
    }

    private void takeFromCommitted(String key, FundPostingKind kind, long orgUnitId, int year, long amount,
                                   String caseNumber) {
        requireRequest(key, year, amount, caseNumber);
        FundBalance account = accounts.lock(orgUnitId, year).orElse(FundBalance.empty(orgUnitId, year));
        if (earlierUse(key, kind, orgUnitId, year, amount).isPresent()) {
            return;
        }
        Instant now = now();
        boolean taken = kind == FundPostingKind.PAY
                ? accounts.pay(orgUnitId, year, amount, now)
                : accounts.release(orgUnitId, year, amount, now);
        if (!taken) {
            throw FundException.notCommitted(amount, account);
        }
        post(key, kind, orgUnitId, year, amount, caseNumber, now);
    }

    /** What the key was used for before; a key used for anything else than this very request is a caller's bug. */
    private Optional<FundKeyUse> earlierUse(String key, FundPostingKind kind, long orgUnitId, int year, long amount) {
        Optional<FundKeyUse> earlier = postings.findByKey(key).or(() -> declines.findByKey(key));
        if (earlier.isPresent() && !earlier.get().sameRequest(kind, orgUnitId, year, amount)) {
            throw new IllegalArgumentException("idempotency key " + key + " was used for " + earlier.get());
        }
        return earlier;
    }

    private void openAccount(long orgUnitId, int year, long budget, Instant now) {
        try {
            accounts.insert(orgUnitId, year, budget, now);
        } catch (DuplicateKeyException e) {
            throw FundException.concurrentChange(orgUnitId, year);
        }
    }

    private void post(String key, FundPostingKind kind, long orgUnitId, int year, long amount, String caseNumber,
                      Instant at) {
        String by = currentUser.get().map(UnionCareUser::getUsername).orElse("system");
        postings.insert(new FundPosting(0, orgUnitId, year, kind, amount, caseNumber, at, by, by), key);
    }

    private void requireVisible(long orgUnitId) {
        if (!scopeQuery.visible(orgUnitId, currentUser.scope())) {
            throw FundException.notFoundOrNoAccess(orgUnitId);
        }
    }

    private static void requireRequest(String key, int year, long amount, String caseNumber) {
        if (key == null || key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("idempotency key required, at most " + MAX_KEY_LENGTH + " characters");
        }
        if (caseNumber != null && caseNumber.length() > MAX_CASE_NUMBER_LENGTH) {
            throw new IllegalArgumentException("case number longer than " + MAX_CASE_NUMBER_LENGTH + ": " + caseNumber);
        }
        requireYear(year);
        if (amount <= 0) {
            throw FundException.invalidAmount(amount);
        }
    }

    private static void requireYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw FundException.invalidYear(year);
        }
    }

    private static int pageSize(int limit) {
        return Math.max(0, Math.min(limit, MAX_PAGE));
    }

    /** Anywhere in the name or code: officers type "nghia tan" rather than "cong doan co so truong ...". */
    private static String pattern(String query) {
        String folded = SearchText.fold(query);
        if (folded.isEmpty()) {
            return null;
        }
        return "%" + SearchText.escapeLike(folded.substring(0, Math.min(folded.length(), MAX_QUERY_LENGTH))) + "%";
    }

    private Instant now() {
        // the database keeps microseconds; postings read back equal what was written
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
