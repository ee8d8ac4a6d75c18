package vn.unioncare.member;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.unioncare.SignedIn;
import vn.unioncare.common.CappedCount;
import vn.unioncare.member.domain.MemberSearchQuery;
import vn.unioncare.security.CurrentUser;
import vn.unioncare.organisation.OrganisationService;
import vn.unioncare.security.UserAccountService;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Runs on H2 and on PostgreSQL: see the subclasses. */
abstract class MemberSearchContract {

    private static final PageRequest FIRST_PAGE = PageRequest.of(0, 20);

    @Autowired
    MemberService members;
    @Autowired
    UserAccountService accounts;
    @Autowired
    OrganisationService organisation;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MemberSearchQuery searchQuery;
    @Autowired
    CurrentUser currentUser;

    private Page<MemberSummary> searchAs(String username, String text) {
        try (SignedIn ignored = SignedIn.as(accounts, username)) {
            return members.search(MemberSearch.byText(text), FIRST_PAGE);
        }
    }

    @Test
    void searchWithoutDiacriticsFindsTheVietnameseName() {
        assertThat(searchAs("school.chair", "nguyen van an")).extracting(MemberSummary::fullName)
                .contains("Nguyễn Văn An");
        assertThat(searchAs("school.chair", "NGUYỄN VĂN AN")).extracting(MemberSummary::fullName)
                .contains("Nguyễn Văn An");
    }

    @Test
    void searchFindsAGivenNameInsideTheFullName() {
        assertThat(searchAs("school.chair", "van an")).extracting(MemberSummary::fullName).contains("Nguyễn Văn An");
    }

    @Test
    @Transactional
    void namesStartingWithTheTextComeFirstThenLaterWordsAndEachMemberShowsOnceOnEveryPage() {
        try (SignedIn ignored = SignedIn.as(accounts, "school.chair")) {
            MemberRecord starts = registerInSchool("GV-888001", "Xuyến Thị Mai");
            MemberRecord twoLaterWords = registerInSchool("GV-888002", "Đặng Xuân Xuyến");
            MemberRecord oneLaterWord = registerInSchool("GV-888003", "Lê Thị Xuân");
            Page<MemberSummary> all = members.search(MemberSearch.byText("xu"), PageRequest.of(0, 50));
            assertThat(all.getContent()).extracting(MemberSummary::id).containsSubsequence(starts.id(),
                    oneLaterWord.id(), twoLaterWords.id()).doesNotHaveDuplicates();
            assertThat(all.getTotalElements()).isEqualTo(all.getContent().size());
            java.util.List<MemberSummary> pageByPage = new java.util.ArrayList<>();
            for (int page = 0; page < all.getTotalElements(); page++) {
                pageByPage.addAll(members.search(MemberSearch.byText("xu"), PageRequest.of(page, 1)).getContent());
            }
            assertThat(pageByPage).isEqualTo(all.getContent());
            assertThat(members.search(MemberSearch.byText("xuan xuy"), FIRST_PAGE)).extracting(MemberSummary::id)
                    .containsExactly(twoLaterWords.id());
            assertThat(members.search(MemberSearch.byText("xu"), PageRequest.of(0, 50, Sort.by("cardNumber"))))
                    .extracting(MemberSummary::id).containsSubsequence(starts.id(), twoLaterWords.id(),
                            oneLaterWord.id()).doesNotHaveDuplicates();
        }
    }

    private MemberRecord registerInSchool(String cardNumber, String fullName) {
        return members.register(new NewMember(cardNumber, fullName, LocalDate.of(1990, 1, 1), Gender.FEMALE, null,
                null, "CS-THCS-NGHIA-TAN", LocalDate.of(2020, 1, 1)));
    }

    @Test
    void searchByCardNumberAndByPhoneInAnyWriting() {
        MemberSummary first = searchAs("school.chair", "GV-000001").getContent().get(0);
        assertThat(first.fullName()).isEqualTo("Nguyễn Văn An");
        String international = "+84 " + first.phone().substring(1, 4) + " " + first.phone().substring(4);
        assertThat(searchAs("school.chair", international)).extracting(MemberSummary::id).contains(first.id());
        assertThat(searchAs("school.chair", "gv-000001")).extracting(MemberSummary::id).containsExactly(first.id());
    }

    @Test
    void digitsSearchTheStartOfCardNumbersOrAWholePhoneAndWordsSearchOnlyNames() {
        Page<MemberSummary> cards = searchAs("school.chair", "gv-00000");
        assertThat(cards.getTotalElements()).isEqualTo(9);
        assertThat(cards).extracting(MemberSummary::cardNumber).allMatch(card -> card.startsWith("GV-00000"));
        MemberSummary first = searchAs("school.chair", "GV-000001").getContent().get(0);
        assertThat(searchAs("school.chair", first.phone())).extracting(MemberSummary::id).containsExactly(first.id());
        assertThat(searchAs("school.chair", first.phone().substring(0, 6))).as("no prefix of an encrypted phone")
                .extracting(MemberSummary::id).doesNotContain(first.id());
        assertThat(searchAs("school.chair", "gv")).as("letters alone are a name, not a card number").isEmpty();
    }

    @Test
    void aNameIsFoundInScopeOnlyAndWithOrWithoutDiacritics() {
        Page<MemberSummary> school = searchAs("commune.officer", "nguyen");
        assertThat(school).isNotEmpty();
        assertThat(searchAs("commune.officer", "Nguyễn").getContent()).isEqualTo(school.getContent());
        long schoolUnit = organisation.findByCode("CS-THCS-NGHIA-TAN").orElseThrow().id();
        assertThat(school).allMatch(m -> m.orgUnitId() == schoolUnit);
        assertThat(searchAs("health.officer", "nguyen")).noneMatch(m -> m.orgUnitId() == schoolUnit);
        assertThat(searchAs("hlf.welfare", "nguyen").getTotalElements())
                .isGreaterThan(school.getTotalElements());
    }

    @Test
    void aCountBeyondTheCapSaysMoreThanTheCap() {
        try (SignedIn ignored = SignedIn.as(accounts, "hlf.welfare")) {
            Page<MemberSummary> capped = searchQuery.search(MemberSearch.byText(""), currentUser.scope(),
                    PageRequest.of(0, 5), 10);
            assertThat(capped.getContent()).hasSize(5);
            assertThat(capped.getTotalElements()).isEqualTo(11);
            assertThat(CappedCount.of(capped.getTotalElements(), 10)).isEqualTo(new CappedCount(10, true));
            CappedCount all = MemberService.searchCount(members.search(MemberSearch.byText(""), PageRequest.of(0, 5)));
            assertThat(all.more()).isFalse();
            long visible = all.value();
            assertThat(CappedCount.of(searchQuery.search(MemberSearch.byText(""), currentUser.scope(),
                    PageRequest.of(0, 5), visible).getTotalElements(), visible)).isEqualTo(new CappedCount(visible, false));
            assertThat(CappedCount.of(searchQuery.search(MemberSearch.byText(""), currentUser.scope(),
                    PageRequest.of(0, 5), visible - 1).getTotalElements(), visible - 1))
                    .isEqualTo(new CappedCount(visible - 1, true));
        }
    }

    @Test
    void likeWildcardsAndQuotesAreTakenLiterallyAndNeverCrash() {
        assertThat(searchAs("admin", "%")).isEmpty();
        assertThat(searchAs("admin", "_")).isEmpty();
        assertThat(searchAs("admin", "'")).isEmpty();
        assertThat(searchAs("admin", "' or 1=1 --")).isEmpty();
        assertThat(searchAs("admin", "\\")).isEmpty();
        assertThat(searchAs("admin", "x".repeat(10_000))).isEmpty();
    }

    @Test
    void aGrassrootsChairSeesOnlyTheMembersOfTheirOwnUnion() {
        Page<MemberSummary> all = searchAs("school.chair", "");
        long school = organisation.findByCode("CS-THCS-NGHIA-TAN").orElseThrow().id();
        assertThat(all.getTotalElements()).isEqualTo(20);
        assertThat(all).allMatch(m -> m.orgUnitId() == school);
        assertThat(searchAs("hospital.chair", "GV-000001")).isEmpty();
    }

    @Test
    void aDirectSuperiorOfficerSeesTheGrassrootsUnionsBelowIncludingUnionGroups() {
        Page<MemberSummary> parks = searchAs("parks.officer", "");
        assertThat(parks.getTotalElements()).isEqualTo(22);
        assertThat(searchAs("commune.officer", "").getTotalElements()).isEqualTo(20);
        assertThat(searchAs("hlf.welfare", "").getTotalElements()).isEqualTo(62);
    }

    @Test
    void aMemberFindsOnlyTheirOwnRecord() {
        Page<MemberSummary> own = searchAs("member", "");
        assertThat(own).extracting(MemberSummary::fullName).containsExactly("Nguyễn Văn An");
    }

    @Test
    void listsShowTheNationalIdMaskedAndOnlyTheRecordShowsItInFull() {
        MemberSummary summary = searchAs("school.chair", "nguyen van an").getContent().get(0);
        assertThat(summary.maskedNationalId()).startsWith("••••").hasSize(12);
        try (SignedIn ignored = SignedIn.as(accounts, "school.chair")) {
            MemberRecord record = members.findRecord(summary.id()).orElseThrow();
            assertThat(record.nationalId()).hasSize(12).endsWith(summary.maskedNationalId().substring(8))
                    .doesNotContain("•");
        }
    }

    @Test
    void anOfficerOfAnotherUnionCannotOpenTheRecord() {
        long memberId = searchAs("school.chair", "GV-000002").getContent().get(0).id();
        try (SignedIn ignored = SignedIn.as(accounts, "hospital.chair")) {
            assertThat(members.findRecord(memberId)).isEmpty();
        }
        try (SignedIn ignored = SignedIn.as(accounts, "member")) {
            assertThat(members.findRecord(memberId)).isEmpty();
        }
    }

    @Test
    void searchPagesLazilyAndSortsByAWhitelistedColumn() {
        try (SignedIn ignored = SignedIn.as(accounts, "hlf.welfare")) {
            Page<MemberSummary> page = members.search(MemberSearch.byText(""),
                    PageRequest.of(1, 10, Sort.by(Sort.Order.desc("cardNumber"), Sort.Order.asc("no such column"))));
            assertThat(page.getContent()).hasSize(10);
            assertThat(page.getTotalElements()).isEqualTo(62);
            assertThat(page.getContent()).extracting(MemberSummary::cardNumber).isSortedAccordingTo((a, b) -> b.compareTo(a));
        }
    }

    @Test
    @Transactional
    void registeringAMemberRefusesADuplicateCardOrNationalIdAndAUnionOutsideTheScope() {
        try (SignedIn ignored = SignedIn.as(accounts, "school.chair")) {
            NewMember duplicateCard = new NewMember("GV-000001", "Lê Thị Thu", LocalDate.of(1990, 3, 4), Gender.FEMALE,
                    "0912000111", null, "CS-THCS-NGHIA-TAN", LocalDate.of(2020, 1, 1));
            assertThatThrownBy(() -> members.register(duplicateCard)).hasMessageContaining("member.error.duplicateCard");
            NewMember elsewhere = new NewMember("GV-999999", "Lê Thị Thu", LocalDate.of(1990, 3, 4), Gender.FEMALE,
                    "0912000111", null, "CS-BV-XANH-PON", LocalDate.of(2020, 1, 1));
            assertThatThrownBy(() -> members.register(elsewhere)).hasMessageContaining("member.error.noAccess");
            MemberRecord added = members.register(new NewMember("gv-999999", "Lê Thị Thu", LocalDate.of(1990, 3, 4),
                    Gender.FEMALE, "+84 912 000 111", "001190123456", "CS-THCS-NGHIA-TAN", LocalDate.of(2020, 1, 1)));
            assertThat(added.cardNumber()).isEqualTo("GV-999999");
            assertThat(added.phone()).isEqualTo("0912000111");
            NewMember sameId = new NewMember("GV-999998", "Lê Thị Thu", null, Gender.FEMALE, null, "001190123456",
                    "CS-THCS-NGHIA-TAN", LocalDate.of(2020, 1, 1));
            assertThatThrownBy(() -> members.register(sameId)).hasMessageContaining("member.error.duplicateNationalId");
        }
    }

    @Test
    void invalidRegistrationsAreRefusedFieldByField() {
        try (SignedIn ignored = SignedIn.as(accounts, "school.chair")) {
            NewMember bad = new NewMember("", " ", LocalDate.now().plusDays(1), null, "12", "123",
                    "CS-THCS-NGHIA-TAN", LocalDate.now().plusDays(1));
            assertThatThrownBy(() -> members.register(bad))
                    .isInstanceOf(jakarta.validation.ConstraintViolationException.class)
                    .hasMessageContaining("cardNumber").hasMessageContaining("fullName").hasMessageContaining("gender")
                    .hasMessageContaining("phone").hasMessageContaining("nationalId").hasMessageContaining("joinDate");
        }
    }

    @Test
    @Transactional
    void theDatabaseHoldsNoClearPhoneAndTheWholeNumberStillFindsTheMember() {
        try (SignedIn ignored = SignedIn.as(accounts, "school.chair")) {
            MemberRecord added = members.register(new NewMember("GV-777001", "Đỗ Thị Hoa", LocalDate.of(1991, 5, 6),
                    Gender.FEMALE, "0987 654 321", null, "CS-THCS-NGHIA-TAN", LocalDate.of(2021, 1, 1)));
            assertThat(jdbc.queryForObject("select count(*) from information_schema.columns"
                    + " where lower(table_name) = 'member' and lower(column_name) = 'phone'", Integer.class))
                    .as("the clear phone column is gone").isZero();
            Map<String, Object> stored = jdbc.queryForMap(
                    "select phone_encrypted, phone_hash from member where id = ?", added.id());
            assertThat(stored.values()).allSatisfy(value -> assertThat((String) value).isNotBlank()
                    .doesNotContain("987654321").doesNotContain("0987 654 321"));
            assertThat(added.phone()).isEqualTo("0987654321");
            assertThat(searchAs("school.chair", "+84 987 654 321")).extracting(MemberSummary::id).contains(added.id());
            assertThat(searchAs("school.chair", "0987654321")).extracting(MemberSummary::phone)
                    .containsExactly("0987654321");
            assertThat(searchAs("school.chair", "0987654")).as("an encrypted phone has no prefix to search")
                    .extracting(MemberSummary::id).doesNotContain(added.id());
        }
    }
}
