package vn.unioncare.hardship;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.unioncare.SignedIn;
import vn.unioncare.organisation.OrgUnitView;
import vn.unioncare.organisation.OrganisationService;
import vn.unioncare.security.SystemAuthentication;
import vn.unioncare.security.UserAccountService;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The funds ledger on each database: arithmetic, declined commitments, idempotent postings, no overspending under
 * concurrency, and who sees and sets which fund. Each test works in a year of its own, away from the demo budgets.
 */
abstract class FundsContract {

    private static final AtomicInteger YEARS = new AtomicInteger(2040);

    @Autowired
    Funds funds;
    @Autowired
    OrganisationService organisation;
    @Autowired
    UserAccountService accounts;
    @Autowired
    Clock clock;

    private long unit(String code) {
        return organisation.findByCode(code).orElseThrow().id();
    }

    private long school() {
        return unit("CS-THCS-NGHIA-TAN");
    }

    private long hospital() {
        return unit("CS-BV-XANH-PON");
    }

    private static int freshYear() {
        return YEARS.getAndIncrement();
    }

    /** A fresh year in which the school union has the budget. */
    private int yearWithSchoolBudget(long budget) {
        int year = freshYear();
        budget(school(), year, budget);
        return year;
    }

    private void budget(long unitId, int year, long budget) {
        SystemAuthentication.runAsSystem(() -> funds.setBudget(unitId, year, budget));
    }

    private FundBalance balanceAsAdmin(long unitId, int year) {
        try (SignedIn ignored = SignedIn.as(accounts, "admin")) {
            return funds.balance(unitId, year);
        }
    }

    private List<FundPosting> ledgerAsAdmin(long unitId, int year) {
        try (SignedIn ignored = SignedIn.as(accounts, "admin")) {
            return funds.ledger(unitId, year, 0, 100);
        }
    }

    private static void assertRefused(Runnable call, String messageKey, int status) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(FundException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(messageKey);
            assertThat(e.status()).isEqualTo(status);
        });
    }

    @Test
    void commitmentsPaymentsAndReleasesMoveAmountsBetweenAvailableCommittedAndPaid() {
        long school = school();
        int year = yearWithSchoolBudget(10_000_000);

        assertThat(funds.commit("t:commit-a", school, year, 3_000_000, "HT-TEST-000001")).isTrue();
        assertThat(funds.commit("t:commit-b", school, year, 2_000_000, "HT-TEST-000002")).isTrue();
        assertThat(funds.available(school, year)).isEqualTo(5_000_000);
        funds.pay("t:pay-a", school, year, 3_000_000, "HT-TEST-000001");
        funds.release("t:release-b", school, year, 2_000_000, "HT-TEST-000002");

        assertThat(balanceAsAdmin(school, year)).isEqualTo(new FundBalance(school, year, 10_000_000, 0, 3_000_000));
        assertThat(funds.available(school, year)).isEqualTo(7_000_000);
        assertThat(ledgerAsAdmin(school, year))
                .extracting(FundPosting::kind, FundPosting::amount, FundPosting::caseNumber)
                .containsExactly(
                        tuple(FundPostingKind.RELEASE, 2_000_000L, "HT-TEST-000002"),
                        tuple(FundPostingKind.PAY, 3_000_000L, "HT-TEST-000001"),
                        tuple(FundPostingKind.COMMIT, 2_000_000L, "HT-TEST-000002"),
                        tuple(FundPostingKind.COMMIT, 3_000_000L, "HT-TEST-000001"),
                        tuple(FundPostingKind.BUDGET, 10_000_000L, null));
    }

    @Test
    void aCommitmentThatDoesNotFitIsDeclinedAndPostsNothing() {
        long school = school();
        int year = yearWithSchoolBudget(1_000_000);

        assertThat(funds.commit("t:too-much-" + year, school, year, 1_000_001, "HT-TEST-000003")).isFalse();

        assertThat(balanceAsAdmin(school, year)).isEqualTo(new FundBalance(school, year, 1_000_000, 0, 0));
        assertThat(ledgerAsAdmin(school, year)).extracting(FundPosting::kind).containsExactly(FundPostingKind.BUDGET);
        assertThat(funds.commit("t:just-enough-" + year, school, year, 1_000_000, "HT-TEST-000003")).isTrue();
        assertThat(funds.available(school, year)).isZero();
    }

    @Test
    void aUnitWithoutABudgetForTheYearHasNothingToCommit() {
        long school = school();
        int year = freshYear();

        assertThat(funds.available(school, year)).isZero();
        assertThat(funds.commit("t:no-budget-" + year, school, year, 1, "HT-TEST-000004")).isFalse();
        assertThat(balanceAsAdmin(school, year)).isEqualTo(FundBalance.empty(school, year));
    }

    @Test
    void aRepeatedKeyReturnsTheFirstOutcomeWithoutPostingAgain() {
        long school = school();
        int year = yearWithSchoolBudget(5_000_000);
        String commit = "t:commit-" + year;
        String declined = "t:declined-" + year;
        String pay = "t:pay-" + year;

        assertThat(funds.commit(commit, school, year, 2_000_000, "HT-TEST-000005")).isTrue();
        assertThat(funds.commit(commit, school, year, 2_000_000, "HT-TEST-000005")).isTrue();
        funds.pay(pay, school, year, 2_000_000, "HT-TEST-000005");
        funds.pay(pay, school, year, 2_000_000, "HT-TEST-000005");
        assertThat(funds.commit(declined, school, year, 9_000_000, "HT-TEST-000006")).isFalse();
        budget(school, year, 20_000_000);
        assertThat(funds.commit(declined, school, year, 9_000_000, "HT-TEST-000006")).as("the first answer").isFalse();

        assertThat(balanceAsAdmin(school, year)).isEqualTo(new FundBalance(school, year, 20_000_000, 0, 2_000_000));
        assertThat(ledgerAsAdmin(school, year)).extracting(FundPosting::kind).containsExactly(FundPostingKind.BUDGET,
                FundPostingKind.PAY, FundPostingKind.COMMIT, FundPostingKind.BUDGET);
        assertThatThrownBy(() -> funds.release(commit, school, year, 2_000_000, "HT-TEST-000005"))
                .as("a key used for another posting").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void payingOrReleasingMoreThanIsCommittedIsRefusedAndChangesNothing() {
        long school = school();
        int year = yearWithSchoolBudget(5_000_000);
        funds.commit("t:commit-" + year, school, year, 1_000_000, "HT-TEST-000007");

        assertRefused(() -> funds.pay("t:pay-" + year, school, year, 1_500_000, "HT-TEST-000007"),
                "funds.error.notCommitted", 409);
        assertRefused(() -> funds.release("t:release-" + year, school, year, 1_500_000, "HT-TEST-000007"),
                "funds.error.notCommitted", 409);
        assertRefused(() -> funds.commit("t:negative-" + year, school, year, -1, "HT-TEST-000007"),
                "funds.error.invalidAmount", 422);

        assertThat(balanceAsAdmin(school, year)).isEqualTo(new FundBalance(school, year, 5_000_000, 1_000_000, 0));
        assertThat(ledgerAsAdmin(school, year)).hasSize(2);
    }

    @Test
    void tenConcurrentCommitmentsAgainstABudgetForFourSucceedExactlyFourTimes() throws Exception {
        long school = school();
        int year = yearWithSchoolBudget(4_000_000);

        List<Boolean> outcomes = concurrently(10, i -> funds.commit("t:race-" + year + "-" + i, school, year,
                1_000_000, "HT-TEST-" + i));

        assertThat(outcomes).filteredOn(Boolean::booleanValue).hasSize(4);
        assertThat(balanceAsAdmin(school, year)).isEqualTo(new FundBalance(school, year, 4_000_000, 4_000_000, 0));
        assertThat(ledgerAsAdmin(school, year)).filteredOn(p -> p.kind() == FundPostingKind.COMMIT).hasSize(4);
    }

    @Test
    void tenConcurrentRepeatsOfOneCommitmentPostItOnce() throws Exception {
        long school = school();
        int year = yearWithSchoolBudget(4_000_000);

        List<Boolean> outcomes = concurrently(10, i -> funds.commit("t:retried-" + year, school, year, 1_000_000,
                "HT-TEST-000008"));

        assertThat(outcomes).containsOnly(true);
        assertThat(balanceAsAdmin(school, year).committed()).isEqualTo(1_000_000);
        assertThat(ledgerAsAdmin(school, year)).filteredOn(p -> p.kind() == FundPostingKind.COMMIT).hasSize(1);
    }

    private static List<Boolean> concurrently(int threads, IntFunction<Boolean> work)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int index = i;
                Callable<Boolean> call = () -> {
                    start.await();
                    return work.apply(index);
                };
                futures.add(pool.submit(call));
            }
            start.countDown();
            List<Boolean> outcomes = new ArrayList<>();
            for (Future<Boolean> future : futures) {
                outcomes.add(future.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aGrassrootsChairSeesTheirUnionsLedgerButNotAnotherUnions() {
        long school = school();
        long hospital = hospital();
        int year = freshYear();
        budget(school, year, 3_000_000);
        budget(hospital, year, 3_000_000);

        try (SignedIn ignored = SignedIn.as(accounts, "school.chair")) {
            assertThat(funds.balance(school, year).budget()).isEqualTo(3_000_000);
            assertThat(funds.ledger(school, year, 0, 10)).hasSize(1);
            assertThat(funds.countLedger(school, year)).isEqualTo(1);
            assertRefused(() -> funds.balance(hospital, year), "error.notFoundOrNoAccess", 404);
            assertRefused(() -> funds.ledger(hospital, year, 0, 10), "error.notFoundOrNoAccess", 404);
            assertRefused(() -> funds.countLedger(hospital, year), "error.notFoundOrNoAccess", 404);
            assertRefused(() -> funds.balance(Long.MAX_VALUE, year), "error.notFoundOrNoAccess", 404);
        }
    }

    @Test
    void officersWithASubtreeRoleSeeTheFundsOfTheUnionsBelow() {
        long school = school();
        long hospital = hospital();
        int year = freshYear();
        budget(school, year, 3_000_000);

        try (SignedIn ignored = SignedIn.as(accounts, "hlf.welfare")) {
            assertThat(funds.balance(school, year).budget()).isEqualTo(3_000_000);
            assertThat(funds.ledger(school, year, 0, 10)).extracting(FundPosting::by).containsExactly("system");
            assertThat(funds.balance(hospital, year).budget()).isZero();
        }
        try (SignedIn ignored = SignedIn.as(accounts, "commune.officer")) {
            assertThat(funds.balance(school, year).budget()).isEqualTo(3_000_000);
            assertRefused(() -> funds.balance(hospital, year), "error.notFoundOrNoAccess", 404);
        }
    }

    @Test
    void onlyTheUnitsOwnFinanceOfficersAndAdministratorsSetItsBudget() {
        long school = school();
        int year = freshYear();

        try (SignedIn ignored = SignedIn.as(accounts, "school.officer")) {
            assertThat(funds.maySetBudget(school)).isFalse();
            assertRefused(() -> funds.setBudget(school, year, 1_000_000), "funds.error.budgetNotAllowed", 403);
        }
        try (SignedIn ignored = SignedIn.as(accounts, "hlf.welfare")) {
            assertRefused(() -> funds.setBudget(school, year, 1_000_000), "funds.error.budgetNotAllowed", 403);
        }
        try (SignedIn ignored = SignedIn.as(accounts, "factory.chair")) {
            assertRefused(() -> funds.setBudget(school, year, 1_000_000), "error.notFoundOrNoAccess", 404);
        }
        try (SignedIn ignored = SignedIn.as(accounts, "school.chair")) {
            assertThat(funds.maySetBudget(school)).isTrue();
            funds.setBudget(school, year, 1_000_000);
        }
        try (SignedIn ignored = SignedIn.as(accounts, "admin")) {
            funds.setBudget(school, year, 2_000_000);
        }

        assertThat(ledgerAsAdmin(school, year)).extracting(FundPosting::by, FundPosting::amount).containsExactly(
                tuple("admin", 2_000_000L),
                tuple("school.chair", 1_000_000L));
        assertThat(ledgerAsAdmin(school, year).get(1).byName()).startsWith("Nguyễn Thị Mai");
    }

    @Test
    void aBudgetBelowWhatIsCommittedAndPaidIsRefused() {
        long school = school();
        int year = yearWithSchoolBudget(5_000_000);
        funds.commit("t:commit-" + year, school, year, 2_000_000, "HT-TEST-000009");
        funds.pay("t:pay-" + year, school, year, 1_000_000, "HT-TEST-000009");

        try (SignedIn ignored = SignedIn.as(accounts, "admin")) {
            assertRefused(() -> funds.setBudget(school, year, 1_999_999), "funds.error.budgetBelowSpent", 409);
            assertRefused(() -> funds.setBudget(school, year, -1), "funds.error.invalidAmount", 422);
            funds.setBudget(school, year, 2_000_000);
        }
        assertThat(balanceAsAdmin(school, year)).isEqualTo(new FundBalance(school, year, 2_000_000, 1_000_000,
                1_000_000));
    }

    @Test
    void officersChooseAmongTheUnitsWhoseFundsTheyMaySee() {
        try (SignedIn ignored = SignedIn.as(accounts, "school.chair")) {
            assertThat(funds.units("", 0, 10)).extracting(OrgUnitView::code).containsExactly("CS-THCS-NGHIA-TAN");
            assertThat(funds.countUnits("")).isEqualTo(1);
        }
        try (SignedIn ignored = SignedIn.as(accounts, "commune.officer")) {
            assertThat(funds.units("", 0, 10)).extracting(OrgUnitView::code)
                    .containsExactly("CD-P-CAU-GIAY", "CS-THCS-NGHIA-TAN");
            assertThat(funds.units("nghia", 0, 10)).extracting(OrgUnitView::code).containsExactly("CS-THCS-NGHIA-TAN");
        }
        try (SignedIn ignored = SignedIn.as(accounts, "admin")) {
            assertThat(funds.units("", 0, 1)).extracting(OrgUnitView::code).containsExactly("HLF");
            assertThat(funds.countUnits("")).isGreaterThanOrEqualTo(9);
        }
    }

    @Test
    void theDemoUnionsHaveABudgetForThisYear() {
        int year = Year.now(clock).getValue();

        assertThat(balanceAsAdmin(school(), year).budget()).isEqualTo(20_000_000);
        assertThat(balanceAsAdmin(hospital(), year).budget()).isEqualTo(2_000_000);
        assertThat(balanceAsAdmin(unit("HLF"), year).budget()).isEqualTo(5_000_000_000L);
    }
}
