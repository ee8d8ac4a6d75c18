package vn.unioncare.safety;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.unioncare.SignedIn;
import vn.unioncare.UnionCareSpringTest;
import vn.unioncare.casework.CaseStarter;
import vn.unioncare.security.UserAccountService;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The incident register lists and groups only reports of cases the officer may see, filtered in the database. */
@UnionCareSpringTest
class SafetyRegisterTest {

    @Autowired
    SafetyRegister register;
    @Autowired
    CaseStarter starter;
    @Autowired
    UserAccountService accounts;

    @Test
    void theIndustrialParksUnionFindsItsFactorysReportByTaxCodeOrNameAndTheWardUnionDoesNot() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String taxCode = String.format("01%08d", Math.abs(suffix.hashCode() % 100_000_000));
        String caseNumber = report("Công ty Cổ phần Điện tử Đông Anh " + suffix, taxCode);
        RegisterFilter byName = new RegisterFilter(null, "dien tu dong anh " + suffix, null, null, null, null, null);
        RegisterFilter byTaxCode = new RegisterFilter(null, taxCode, "accident", null, null, null, "OPEN");

        try (SignedIn s = SignedIn.as(accounts, "parks.officer")) {
            assertThat(register.reports(byName, 0, 10)).extracting(RegisterRow::caseNumber).containsExactly(caseNumber);
            List<RegisterRow> rows = register.reports(byTaxCode, 0, 10);
            assertThat(rows).extracting(RegisterRow::caseNumber).containsExactly(caseNumber);
            assertThat(rows.get(0).reportedBy()).isEqualTo("factory.chair");
            assertThat(register.perEmployer(byTaxCode, 0, 10)).extracting(RegisterGroup::key, RegisterGroup::reports,
                    RegisterGroup::lightlyInjured).containsExactly(org.assertj.core.groups.Tuple.tuple(
                    "mst:" + taxCode, 1L, 1L));
            assertThat(register.countEmployers(byTaxCode)).isEqualTo(1);
            assertThat(register.perUnion(byTaxCode, 0, 10)).extracting(RegisterGroup::key)
                    .containsExactly("CS-DT-THANG-LONG");
        }
        try (SignedIn s = SignedIn.as(accounts, "commune.officer")) {
            assertThat(register.countReports(byTaxCode)).isZero();
            assertThat(register.countReports(byName)).isZero();
            assertThat(register.perEmployer(byTaxCode, 0, 10)).isEmpty();
        }
    }

    @Test
    void anEmployerWithoutTaxCodeIsFoundByItsNameWithoutDiacritics() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String caseNumber = report("Xưởng Cơ khí Đức Giang " + suffix, null);

        try (SignedIn s = SignedIn.as(accounts, "parks.officer")) {
            assertThat(register.reports(new RegisterFilter(null, "co khi duc giang " + suffix, null, null, null, null,
                    null), 0, 10)).extracting(RegisterRow::caseNumber).containsExactly(caseNumber);
        }
    }

    private String report(String employer, String taxCode) {
        Map<String, Object> form = new HashMap<>();
        form.put("workplaceUnion", "CS-DT-THANG-LONG");
        form.put("employerName", employer);
        if (taxCode != null) {
            form.put("employerTaxCode", taxCode);
        }
        form.put("place", "Kho thành phẩm");
        form.put("occurredAt", "2026-11-20T08:30");
        form.put("reportType", "accident");
        form.put("deaths", 0);
        form.put("seriouslyInjured", 0);
        form.put("lightlyInjured", 1);
        form.put("contractType", "labour-contract");
        form.put("description", "Công nhân trượt ngã khi bốc xếp hàng");
        try (SignedIn s = SignedIn.as(accounts, "factory.chair")) {
            return starter.start("safety-incident", form).caseNumber();
        }
    }
}
