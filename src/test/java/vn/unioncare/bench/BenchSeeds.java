package vn.unioncare.bench;

import org.camunda.bpm.engine.RepositoryService;
import org.springframework.context.ApplicationContext;
import vn.unioncare.DemoUnits;
import vn.unioncare.SignedIn;
import vn.unioncare.casework.CaseStarter;
import vn.unioncare.casework.StartedCase;
import vn.unioncare.hardship.HardshipSteps;
import vn.unioncare.security.UserAccountService;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The real cases the generator copies, started in the demo enterprise union ({@code CS-DT-THANG-LONG}, under the
 * industrial-parks union) and driven through the application's own services: hardship requests waiting for review
 * (grassroots) and for approval by the union directly above, safety reports of a hazard and of a fatal accident
 * (handled by the city federation), and one hardship case paid and closed (the template of the closed history).
 */
final class BenchSeeds {

    private final ApplicationContext context;
    private final HardshipSteps hardship;

    BenchSeeds(ApplicationContext context) {
        this.context = context;
        this.hardship = HardshipSteps.of(context);
    }

    /** Scenarios for open tasks whose process is deployed. */
    List<SeedScenario> open() {
        return deployed(List.of(
                new SeedScenario("hardship: review at grassroots", "hardship-assistance", 0.40, this::awaitingReview),
                new SeedScenario("hardship: approval by the union above", "hardship-assistance", 0.25,
                        this::awaitingUpperApproval),
                new SeedScenario("safety: hazard report", "safety-incident", 0.25, () -> safetyReport("hazard", 0)),
                new SeedScenario("safety: fatal accident", "safety-incident", 0.10, () -> safetyReport("accident", 1))));
    }

    List<SeedScenario> closed() {
        return deployed(List.of(new SeedScenario("hardship: paid and closed", "hardship-assistance", 1.0,
                this::paidAndClosed)));
    }

    private List<SeedScenario> deployed(List<SeedScenario> scenarios) {
        RepositoryService repository = context.getBean(RepositoryService.class);
        return scenarios.stream().filter(s -> repository.createProcessDefinitionQuery()
                .processDefinitionKey(s.processKey()).count() > 0).toList();
    }

    private SeedCase awaitingReview() {
        StartedCase started = hardship.submit("factory.member", HardshipSteps.request("sickness",
                "Điều trị viêm phổi tại Bệnh viện Bạch Mai 10 ngày", 800_000, "medical"));
        hardship.awaitTask(started, "Task_ReviewRequest");
        return seed("review", started);
    }

    private SeedCase awaitingUpperApproval() {
        StartedCase started = reviewed("tet", "Gia đình khó khăn dịp Tết", 1_500_000);
        hardship.awaitTask(started, "Task_ApproveRequest");
        return seed("upper approval", started);
    }

    private SeedCase paidAndClosed() {
        StartedCase started = reviewed("other", "Con ốm nằm viện 7 ngày", 700_000);
        hardship.complete("factory.chair", hardship.awaitTask(started, "Task_ApproveRequest"),
                Map.of("approvalDecision", "approve", "approvedAmount", 700_000));
        hardship.complete("factory.chair", hardship.awaitTask(started, "Task_Disburse"), Map.of("paymentMethod",
                "cash", "paymentReference", "PC-BM-001", "paidOn", LocalDate.now().toString()));
        hardship.awaitEnd(started);
        return seed("closed", started);
    }

    /** A request without documents, reviewed by the enterprise union's chair, who proposes the amount asked for. */
    private StartedCase reviewed(String supportType, String circumstances, long amount) {
        StartedCase started = hardship.submit("factory.member",
                HardshipSteps.request(supportType, circumstances, amount));
        hardship.complete("factory.chair", hardship.awaitTask(started, "Task_ReviewRequest"), Map.of("verified", true,
                "recommendation", "support", "proposedAmount", amount, "reviewNotes", "Đã đến thăm tại nhà"));
        return started;
    }

    private SeedCase safetyReport(String type, int deaths) {
        Map<String, Object> form = new HashMap<>();
        form.put("workplaceUnion", DemoUnits.FACTORY);
        form.put("employerName", "Công ty TNHH Điện tử Thăng Long");
        form.put("place", "Khu vực sản xuất, tầng 1");
        form.put("occurredAt", LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusHours(1).withSecond(0)
                .withNano(0).toString());
        form.put("reportType", type);
        if ("accident".equals(type)) {
            form.put("deaths", deaths);
            form.put("seriouslyInjured", 0);
            form.put("lightlyInjured", 0);
            form.put("contractType", "labour-contract");
        }
        form.put("description", "Mô tả sự việc để đo hiệu năng quy trình an toàn lao động");
        StartedCase started;
        try (SignedIn ignored = SignedIn.as(context.getBean(UserAccountService.class), "factory.chair")) {
            started = context.getBean(CaseStarter.class).start("safety-incident", form);
        }
        org.awaitility.Awaitility.await().atMost(HardshipSteps.PATIENCE).until(() -> context
                .getBean(org.camunda.bpm.engine.TaskService.class).createTaskQuery()
                .processInstanceId(started.processInstanceId()).count() > 0);
        return seed(type, started);
    }

    private static SeedCase seed(String label, StartedCase started) {
        return new SeedCase(label, started.processInstanceId(), started.caseNumber(), DemoUnits.FACTORY,
                DemoUnits.PARKS);
    }
}
