package vn.unioncare.organisation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import vn.unioncare.SignedIn;
import vn.unioncare.security.SystemAuthentication;
import vn.unioncare.security.UserAccountService;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Runs on H2 and on PostgreSQL: see the subclasses. */
@Transactional
abstract class OrganisationHierarchyContract {

    private static final LocalDate FOUNDED = LocalDate.of(2015, 1, 1);
    private static final LocalDate MOVED = LocalDate.of(2025, 7, 1);

    @Autowired
    OrganisationService organisation;
    @Autowired
    UserAccountService accounts;

    private OrgUnitView create(String code, OrgLevel level, String parent) {
        return SystemAuthentication.callAsSystem(() -> organisation.create(
                new NewOrgUnit(code, level, "Công đoàn " + code, "Union " + code, parent, FOUNDED)));
    }

    private void reparent(OrgUnitView unit, OrgUnitView parent, LocalDate from) {
        SystemAuthentication.runAsSystem(() -> organisation.reparent(unit.id(), parent.id(), from, "test"));
    }

    @Test
    void ancestorsRunFromTheUnitUpToTheCityFederation() {
        OrgUnitView district = create("T-DISTRICT-A", OrgLevel.DIRECT_SUPERIOR, "HLF");
        OrgUnitView school = create("T-SCHOOL-A", OrgLevel.GRASSROOTS, "T-DISTRICT-A");
        OrgUnitView group = create("T-GROUP-A", OrgLevel.UNION_GROUP, "T-SCHOOL-A");

        assertThat(organisation.ancestorsNearestFirst(group.id())).extracting(OrgUnitView::code)
                .containsExactly("T-GROUP-A", "T-SCHOOL-A", "T-DISTRICT-A", "HLF");
        assertThat(organisation.isInSubtree(district.id(), group.id())).isTrue();
        assertThat(organisation.isInSubtree(school.id(), district.id())).isFalse();
    }

    @Test
    void reparentingMovesTheWholeSubtreeAndKeepsTheOldParentInHistory() {
        OrgUnitView district = create("T-DISTRICT-B", OrgLevel.DIRECT_SUPERIOR, "HLF");
        OrgUnitView ward = create("T-WARD-B", OrgLevel.DIRECT_SUPERIOR, "HLF");
        OrgUnitView school = create("T-SCHOOL-B", OrgLevel.GRASSROOTS, "T-DISTRICT-B");
        OrgUnitView group = create("T-GROUP-B", OrgLevel.UNION_GROUP, "T-SCHOOL-B");

        reparent(school, ward, MOVED);

        assertThat(organisation.ancestorsNearestFirst(group.id())).extracting(OrgUnitView::code)
                .containsExactly("T-GROUP-B", "T-SCHOOL-B", "T-WARD-B", "HLF");
        assertThat(organisation.isInSubtree(district.id(), group.id())).isFalse();
        assertThat(organisation.isInSubtree(ward.id(), group.id())).isTrue();
        assertThat(organisation.findById(school.id()).orElseThrow().parentId()).isEqualTo(ward.id());

        List<ParentLinkView> history = organisation.parentHistory(school.id());
        assertThat(history).extracting(ParentLinkView::parentCode).containsExactly("T-DISTRICT-B", "T-WARD-B");
        assertThat(history.get(0).validTo()).isEqualTo(MOVED);
        assertThat(history.get(1).validTo()).isNull();
    }

    @Test
    void theHierarchyAsOfADateBeforeAReparentingStillShowsTheOldParent() {
        create("T-DISTRICT-C", OrgLevel.DIRECT_SUPERIOR, "HLF");
        OrgUnitView ward = create("T-WARD-C", OrgLevel.DIRECT_SUPERIOR, "HLF");
        OrgUnitView school = create("T-SCHOOL-C", OrgLevel.GRASSROOTS, "T-DISTRICT-C");
        reparent(school, ward, MOVED);

        assertThat(organisation.ancestorsAsOf(school.id(), MOVED.minusDays(1))).extracting(OrgUnitView::code)
                .containsExactly("T-SCHOOL-C", "T-DISTRICT-C", "HLF");
        assertThat(organisation.ancestorsAsOf(school.id(), MOVED)).extracting(OrgUnitView::code)
                .containsExactly("T-SCHOOL-C", "T-WARD-C", "HLF");
        assertThat(organisation.ancestorAtLevel(school.id(), OrgLevel.DIRECT_SUPERIOR, MOVED.minusDays(1)))
                .map(OrgUnitView::code).hasValue("T-DISTRICT-C");
    }

    @Test
    void aUnitCannotBeMovedBelowItsOwnDescendant() {
        OrgUnitView ward = create("T-WARD-D", OrgLevel.DIRECT_SUPERIOR, "HLF");
        OrgUnitView school = create("T-SCHOOL-D", OrgLevel.GRASSROOTS, "T-WARD-D");

        assertThatThrownBy(() -> reparent(ward, school, MOVED)).isInstanceOf(HierarchyException.class)
                .extracting(e -> ((HierarchyException) e).messageKey()).isIn("organisation.error.cycle",
                        "organisation.error.levelOrder");
    }

    @Test
    void reparentingRefusesFutureDatesWrongLevelsAndDatesBeforeTheCurrentLink() {
        OrgUnitView ward = create("T-WARD-E", OrgLevel.DIRECT_SUPERIOR, "HLF");
        OrgUnitView other = create("T-WARD-E2", OrgLevel.DIRECT_SUPERIOR, "HLF");
        OrgUnitView school = create("T-SCHOOL-E", OrgLevel.GRASSROOTS, "T-WARD-E");
        OrgUnitView otherSchool = create("T-SCHOOL-E2", OrgLevel.GRASSROOTS, "T-WARD-E2");

        assertThatThrownBy(() -> reparent(school, other, LocalDate.now().plusDays(30)))
                .hasMessageContaining("organisation.error.futureDate");
        assertThatThrownBy(() -> reparent(school, otherSchool, MOVED))
                .hasMessageContaining("organisation.error.levelOrder");
        assertThatThrownBy(() -> reparent(school, other, FOUNDED.minusYears(1)))
                .hasMessageContaining("organisation.error.beforeCurrentLink");
        assertThat(organisation.findById(school.id()).orElseThrow().parentId()).isEqualTo(ward.id());
    }

    @Test
    void onlyAdministratorsMayChangeTheHierarchy() {
        OrgUnitView ward = create("T-WARD-F", OrgLevel.DIRECT_SUPERIOR, "HLF");
        OrgUnitView school = create("T-SCHOOL-F", OrgLevel.GRASSROOTS, "T-WARD-F");
        OrgUnitView other = create("T-WARD-F2", OrgLevel.DIRECT_SUPERIOR, "HLF");
        try (SignedIn ignored = SignedIn.as(accounts, "commune.officer")) {
            assertThatThrownBy(() -> organisation.reparent(school.id(), other.id(), MOVED, "x"))
                    .isInstanceOf(AccessDeniedException.class);
        }
        try (SignedIn ignored = SignedIn.as(accounts, "admin")) {
            organisation.reparent(school.id(), other.id(), MOVED, "x");
        }
        assertThat(organisation.findById(school.id()).orElseThrow().parentId()).isEqualTo(other.id());
        assertThat(ward.parentId()).isNotNull();
    }

    @Test
    void unitSearchIgnoresDiacriticsAndStaysInsideTheSubtree() {
        OrgUnitView health = organisation.findByCode("CD-NGANH-YTE").orElseThrow();
        assertThat(organisation.searchInSubtree(health.id(), "cong doan co so benh vien", PageRequest.of(0, 10)))
                .extracting(OrgUnitView::code).containsExactly("CS-BV-XANH-PON");
        assertThat(organisation.searchInSubtree(health.id(), "công đoàn cơ sở trường", PageRequest.of(0, 10))).isEmpty();
        assertThat(organisation.searchInSubtree(health.id(), "%'_", PageRequest.of(0, 10))).isEmpty();
    }

    @Test
    void theDemoSchoolWasReparentedFromTheDissolvedDistrictFederationToTheWardUnion() {
        OrgUnitView school = organisation.findByCode("CS-THCS-NGHIA-TAN").orElseThrow();
        assertThat(organisation.parentHistory(school.id())).extracting(ParentLinkView::parentCode)
                .containsExactly("LDLD-Q-CAU-GIAY", "CD-P-CAU-GIAY");
    }
}
