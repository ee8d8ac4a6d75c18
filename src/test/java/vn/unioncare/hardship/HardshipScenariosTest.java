package vn.unioncare.hardship;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.unioncare.SignedIn;
import vn.unioncare.UnionCareSpringTest;
import vn.unioncare.casework.CaseAttachments;
import vn.unioncare.casework.CaseStarter;
import vn.unioncare.documents.SampleFiles;
import vn.unioncare.documents.StagedUploads;
import vn.unioncare.documents.StoredDocument;
import vn.unioncare.forms.FileAccept;
import vn.unioncare.casework.StartedCase;
import vn.unioncare.common.RefusedException;
import vn.unioncare.forms.FormValidationException;
import vn.unioncare.member.MemberService;
import vn.unioncare.organisation.NewOrgUnit;
import vn.unioncare.organisation.OrgLevel;
import vn.unioncare.organisation.OrgUnitView;
import vn.unioncare.organisation.OrganisationService;
import vn.unioncare.security.UserAccountService;
import vn.unioncare.tasks.TaskForms;
import vn.unioncare.tasks.TaskQueues;
import vn.unioncare.tasks.Queue;
import vn.unioncare.tasks.TaskRow;
import org.springframework.data.domain.PageRequest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The hardship process with the whole application on H2: routing to the city, the chain fixed at case start,
 * the cap, bad input, personal data kept out of the engine, starts from outside the portal, duplicate warnings,
 * a short fund and a designer's new cap. Each test uses members of its own, so no test depends on another's grants.
 */
@UnionCareSpringTest
class HardshipScenariosTest {

    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    CaseStarter starter;
    @Autowired
    TaskForms taskForms;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    RuntimeService runtime;
    @Autowired
    RepositoryService repository;
    @Autowired
    UserAccountService accounts;
    @Autowired
    OrganisationService organisation;
    @Autowired
    MemberService members;
    @Autowired
    HardshipRequests requests;
    @Autowired
    Funds funds;
    @Autowired
    TaskQueues queues;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StagedUploads staged;
    @Autowired
    CaseAttachments attachments;

    private HardshipSteps steps;

    @BeforeEach
    void setUpSteps() {
        steps = new HardshipSteps(starter, taskForms, tasks, history, accounts);
    }

    @Test
    void memberDeathSubmittedByTheGrassrootsChairGoesUpToTheCityWelfareOfficer() {
        long member = newMember("CS-THCS-NGHIA-TAN");
        StartedCase started = steps.submit("school.chair", request(member, "member-death", 10_000_000,
                List.of("death-certificate")));
        steps.complete("school.chair", steps.awaitTask(started, "Task_ReviewRequest"),
                Map.of("recommendation", "support", "proposedAmount", 10_000_000));

        Task approval = steps.awaitTask(started, "Task_ApproveRequest");
        assertThat(candidateGroups(approval)).containsExactly("HLF:welfare");
        assertThat(steps.as("hlf.welfare", () -> queues.page(Queue.UNION, started.caseNumber(), PageRequest.of(0, 10))
                .getContent())).extracting(TaskRow::taskId).contains(approval.getId());
        steps.complete("hlf.welfare", approval, Map.of("approvalDecision", "approve", "approvedAmount", 10_000_000));

        Task payment = steps.awaitTask(started, "Task_Disburse");
        assertThat(candidateGroups(payment)).containsExactly("HLF:finance");
    }

    @Test
    void approvalStaysWithTheDirectSuperiorUnionOfTheCaseStartAfterTheGrassrootsUnionIsReparented() {
        String code = "CS-TEST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        OrgUnitView union = asAdmin(() -> organisation.create(new NewOrgUnit(code, OrgLevel.GRASSROOTS,
                "Công đoàn cơ sở thử nghiệm " + code, "Test union " + code, "CD-P-CAU-GIAY", LocalDate.of(2020, 1, 1))));
        long member = newMember(code);
        StartedCase started = steps.submit("commune.officer", request(member, "sickness", 3_000_000, List.of("medical")));
        Task review = steps.awaitTask(started, "Task_ReviewRequest");
        assertThat(candidateGroups(review)).containsExactly(code + ":chair");

        asAdmin(() -> {
            organisation.reparent(union.id(), organisation.findByCode("CD-NGANH-YTE").orElseThrow().id(),
                    LocalDate.now(), "Sáp nhập vào Công đoàn ngành Y tế");
            return null;
        });
        tasks.complete(review.getId(), Map.of("recommendation", "support", "proposedAmount", 3_000_000L));

        assertThat(candidateGroups(steps.awaitTask(started, "Task_ApproveRequest")))
                .containsExactly("CD-P-CAU-GIAY:chair");
    }

    @Test
    void approverCannotGrantMoreThanTheCapOfTheirLevelAndNothingMovesOn() {
        long member = newMember("CS-THCS-NGHIA-TAN");
        StartedCase started = steps.submit("school.chair", request(member, "sickness", 900_000, List.of("medical")));
        steps.complete("school.chair", steps.awaitTask(started, "Task_ReviewRequest"),
                Map.of("recommendation", "support", "proposedAmount", 900_000));
        Task approval = steps.awaitTask(started, "Task_ApproveRequest");

        assertThatThrownBy(() -> steps.complete("school.chair", approval,
                Map.of("approvalDecision", "approve", "approvedAmount", 1_200_000)))
                .isInstanceOfSatisfying(FormValidationException.class, e -> assertThat(e.errors())
                        .containsOnlyKeys("approvedAmount")
                        .hasEntrySatisfying("approvedAmount", error -> assertThat(error.messageKey())
                                .isEqualTo("hardship.error.aboveCap")));
        assertThat(tasks.createTaskQuery().taskId(approval.getId()).count()).isOne();
    }

    @Test
    void negativeAbsurdAndIncompleteRequestsAreRefusedFieldByFieldAndNothingIsSaved() {
        long casesBefore = count("case_file");
        long requestsBefore = count("hardship_request");
        Map<String, Object> negative = request(null, "sickness", -500_000, List.of("medical"));
        Map<String, Object> absurd = request(null, "sickness", 1_000_000_000_000L, List.of("medical"));
        Map<String, Object> transferWithoutAccount = request(null, "sickness", 500_000, List.of("medical"));
        transferWithoutAccount.put("paymentMethod", "transfer");
        transferWithoutAccount.put("bankName", "Vietcombank");

        assertThat(refusedFields(negative)).containsEntry("amountRequested", "forms.error.min");
        assertThat(refusedFields(absurd)).containsEntry("amountRequested", "forms.error.max");
        assertThat(refusedFields(transferWithoutAccount)).containsEntry("bankAccount", "forms.error.required");
        assertThat(count("case_file")).isEqualTo(casesBefore);
        assertThat(count("hardship_request")).isEqualTo(requestsBefore);
    }

    @Test
    void evidenceMustBeAPdfOrAnImageAndWhatIsAcceptedIsFiledWithTheCase() throws IOException {
        FileAccept evidence = FileAccept.of(formAccept("hardship-request", "attachments"));
        long stagedBefore = count("stored_document");
        assertThatThrownBy(() -> steps.as("member", () -> staged.stage("giay-ra-vien.docx",
                new java.io.ByteArrayInputStream(SampleFiles.docx()), evidence)))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.status()).isEqualTo(415));
        assertThat(count("stored_document")).isEqualTo(stagedBefore);

        long member = newMember("CS-THCS-NGHIA-TAN");
        String reference = steps.as("school.chair", () -> staged.stage("giay-ra-vien.pdf",
                new java.io.ByteArrayInputStream(SampleFiles.pdf()), evidence)).reference();
        Map<String, Object> form = request(member, "sickness", 600_000, List.of("medical"));
        form.put("attachments", List.of(reference));
        StartedCase started = steps.submit("school.chair", form);

        assertThat(steps.as("school.chair", () -> attachments.list(started.caseNumber())))
                .extracting(StoredDocument::filename).containsExactly("giay-ra-vien.pdf");
    }

    private static String formAccept(String formId, String key) throws IOException {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                java.nio.file.Files.readString(java.nio.file.Path.of("forms", formId + ".form")))
                .path("components").findParents("key").stream().filter(c -> key.equals(c.path("key").asText()))
                .findFirst().orElseThrow().path("accept").asText();
    }

    @Test
    void officerSubmittingWithoutNamingTheMemberIsAskedToNameThem() {
        assertThatThrownBy(() -> steps.submit("school.chair", request(null, "sickness", 500_000, List.of("medical"))))
                .isInstanceOfSatisfying(FormValidationException.class, e -> assertThat(e.errors())
                        .containsOnlyKeys("memberId"));
    }

    @Test
    void circumstancesAndBankAccountStayInUnionCareAndNeverReachTheEngineOrItsHistory() {
        long member = newMember("CS-THCS-NGHIA-TAN");
        Map<String, Object> form = request(member, "sickness", 700_000, List.of("medical"));
        form.put("paymentMethod", "transfer");
        form.put("bankName", "Agribank");
        form.put("bankAccount", "1903123456789");
        StartedCase started = steps.submit("school.chair", form);
        steps.awaitTask(started, "Task_ReviewRequest");

        for (String personal : List.of("circumstances", "bankName", "bankAccount")) {
            assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(started.processInstanceId())
                    .variableName(personal).count()).as(personal).isZero();
            assertThat(history.createHistoricDetailQuery().processInstanceId(started.processInstanceId())
                    .variableUpdates().list()).as(personal)
                    .noneSatisfy(detail -> assertThat(((org.camunda.bpm.engine.history.HistoricVariableUpdate) detail)
                            .getVariableName()).isEqualTo(personal));
        }
        HardshipRequestView request = steps.as("school.chair", () -> requests.forCase(started.caseNumber()).orElseThrow());
        assertThat(request.bankAccount()).isEqualTo("1903123456789");
        assertThat(request.circumstances()).startsWith("Hoàn cảnh");
        assertThat(jdbc.queryForObject("select bank_account from hardship_request where case_number = ?", String.class,
                started.caseNumber())).doesNotContain("1903123456789");
    }

    @Test
    void caseStartedDirectlyInTheEngineGetsTheSameCaseRecordAndRouting() {
        long member = newMember("CS-BV-XANH-PON");
        var instance = runtime.startProcessInstanceByKey("hardship-assistance", Map.of("memberId", member,
                "supportType", "sickness", "amountRequested", 600_000L, "providedDocuments", List.of("medical"),
                "circumstances", "Nhập từ Cockpit"));
        String caseNumber = (String) runtime.getVariable(instance.getId(), "caseNumber");
        assertThat(caseNumber).matches("HT-\\d{4}-\\d{6}");
        StartedCase started = new StartedCase(caseNumber, instance.getId());

        assertThat(candidateGroups(steps.awaitTask(started, "Task_ReviewRequest"))).containsExactly("CS-BV-XANH-PON:chair");
        assertThat(steps.as("hospital.chair", () -> requests.forCase(caseNumber)).orElseThrow().circumstances())
                .isEqualTo("Nhập từ Cockpit");
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName("circumstances").singleResult()).isNull();
    }

    @Test
    void secondRequestOfTheSameTypeWhileTheFirstIsOpenWarnsTheReviewer() {
        long member = newMember("CS-THCS-NGHIA-TAN");
        StartedCase first = steps.submit("school.chair", request(member, "tet", 800_000, List.of()));
        steps.awaitTask(first, "Task_ReviewRequest");
        StartedCase second = steps.submit("school.chair", request(member, "tet", 800_000, List.of()));

        Task review = steps.awaitTask(second, "Task_ReviewRequest");
        assertThat((String) tasks.getVariable(review.getId(), "duplicateWarning")).contains(first.caseNumber());
        assertThat(tasks.getVariable(steps.awaitTask(first, "Task_ReviewRequest").getId(), "duplicateWarning")).isNull();
    }

    @Test
    void manyOpenRequestsOfTheSameTypeAreNamedTenAtMostSoThatTheWarningAlwaysFitsItsProcessVariable() {
        long member = newMember("CS-THCS-NGHIA-TAN");
        for (int i = 0; i < HardshipCasework.PARALLEL_REQUESTS_NAMED + 2; i++) {
            steps.submit("school.chair", request(member, "tet", 800_000, List.of()));
        }
        StartedCase latest = steps.submit("school.chair", request(member, "tet", 800_000, List.of()));

        String warning = (String) tasks.getVariable(steps.awaitTask(latest, "Task_ReviewRequest").getId(),
                "duplicateWarning");
        assertThat(warning.split("HT-", -1)).hasSize(HardshipCasework.PARALLEL_REQUESTS_NAMED + 1);
        assertThat(warning).endsWith("; …").doesNotContain(latest.caseNumber());
    }

    @Test
    void shortFundOfTheHospitalUnionSendsThePaymentToTheHealthSectorUnion() {
        long hospital = organisation.findByCode("CS-BV-XANH-PON").orElseThrow().id();
        int year = LocalDate.now().getYear();
        steps.as("admin", () -> {
            FundBalance balance = funds.balance(hospital, year);
            funds.setBudget(hospital, year, balance.committed() + balance.paid() + 500_000);
            return null;
        });
        long member = newMember("CS-BV-XANH-PON");
        StartedCase started = steps.submit("hospital.chair", request(member, "sickness", 900_000, List.of("medical")));
        steps.complete("hospital.chair", steps.awaitTask(started, "Task_ReviewRequest"),
                Map.of("recommendation", "support", "proposedAmount", 900_000));
        steps.complete("hospital.chair", steps.awaitTask(started, "Task_ApproveRequest"),
                Map.of("approvalDecision", "approve", "approvedAmount", 900_000));

        assertThat(candidateGroups(steps.awaitTask(started, "Task_Disburse"))).containsExactly("CD-NGANH-YTE:finance");
        assertThat(steps.as("health.officer", () -> requests.forCase(started.caseNumber())).orElseThrow()
                .payingUnionName()).isEqualTo("Công đoàn ngành Y tế Hà Nội");
    }

    @Test
    void emptyCityFundHoldsTheCaseUntilTheCityFinanceOfficersTopItUp() {
        long city = organisation.findByCode("HLF").orElseThrow().id();
        int year = LocalDate.now().getYear();
        long originalBudget = steps.as("admin", () -> funds.balance(city, year).budget());
        long member = newMember("CS-THCS-NGHIA-TAN");
        try {
            steps.as("admin", () -> {
                FundBalance balance = funds.balance(city, year);
                funds.setBudget(city, year, balance.committed() + balance.paid());
                return null;
            });
            StartedCase started = steps.submit("school.chair", request(member, "member-death", 10_000_000,
                    List.of("death-certificate")));
            steps.complete("school.chair", steps.awaitTask(started, "Task_ReviewRequest"),
                    Map.of("recommendation", "support", "proposedAmount", 10_000_000));
            steps.complete("hlf.welfare", steps.awaitTask(started, "Task_ApproveRequest"),
                    Map.of("approvalDecision", "approve", "approvedAmount", 10_000_000));
            Task topUp = steps.awaitTask(started, "Task_TopUpFund");
            assertThat(candidateGroups(topUp)).containsExactly("HLF:finance");

            steps.as("admin", () -> {
                funds.setBudget(city, year, funds.balance(city, year).budget() + 10_000_000);
                return null;
            });
            steps.complete("hlf.welfare", topUp, Map.of());

            assertThat(candidateGroups(steps.awaitTask(started, "Task_Disburse"))).containsExactly("HLF:finance");
        } finally {
            steps.as("admin", () -> {
                FundBalance balance = funds.balance(city, year);
                funds.setBudget(city, year, Math.max(originalBudget, balance.committed() + balance.paid()));
                return null;
            });
        }
    }

    @Test
    void approversCompletingTheSameApprovalAtOnceCommitTheFundAndIssueTheLetterOnce() throws Exception {
        long member = newMember("CS-THCS-NGHIA-TAN");
        StartedCase started = steps.submit("school.chair", request(member, "sickness", 600_000, List.of("medical")));
        steps.complete("school.chair", steps.awaitTask(started, "Task_ReviewRequest"),
                Map.of("recommendation", "support", "proposedAmount", 600_000));
        Task approval = steps.awaitTask(started, "Task_ApproveRequest");
        int approvers = 8;
        java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(approvers);
        List<java.util.concurrent.Future<Boolean>> outcomes = new java.util.ArrayList<>();
        for (int i = 0; i < approvers; i++) {
            String account = i % 2 == 0 ? "school.chair" : "school.vicechair";
            outcomes.add(pool.submit(() -> {
                ready.await();
                try {
                    steps.complete(account, approval, Map.of("approvalDecision", "approve", "approvedAmount", 600_000));
                    return true;
                } catch (RefusedException refused) {
                    return false;
                }
            }));
        }
        ready.countDown();
        long completed = 0;
        for (java.util.concurrent.Future<Boolean> outcome : outcomes) {
            completed += outcome.get(60, java.util.concurrent.TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();
        steps.awaitTask(started, "Task_Disburse");

        assertThat(completed).isOne();
        assertThat(jdbc.queryForObject("select count(*) from fund_posting where case_number = ? and kind = 'COMMIT'",
                Long.class, started.caseNumber())).isOne();
        assertThat(steps.as("school.chair", () -> attachments.list(started.caseNumber())))
                .extracting(StoredDocument::filename).containsOnlyOnce("quyet-dinh-" + started.caseNumber() + ".pdf");
    }

    @Test
    void officerOfAnotherUnionCannotReadTheRequest() {
        long member = newMember("CS-THCS-NGHIA-TAN");
        StartedCase started = steps.submit("school.chair", request(member, "other", 300_000, List.of()));

        assertThatThrownBy(() -> steps.as("hospital.chair", () -> requests.forCase(started.caseNumber())))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.status()).isEqualTo(404));
    }

    @Test
    void designersNewCapAppliesToNewCasesWhileRunningCasesKeepTheirs() throws IOException {
        long early = newMember("CS-THCS-NGHIA-TAN");
        long late = newMember("CS-THCS-NGHIA-TAN");
        StartedCase running = steps.submit("school.chair", request(early, "relative-death", 4_000_000,
                List.of("death-certificate")));
        steps.awaitTask(running, "Task_ReviewRequest");
        String original = resource("/processes/hardship-approval-level.dmn");
        try {
            deploy(original.replace("<text>5000000</text>", "<text>4500000</text>"));
            StartedCase later = steps.submit("school.chair", request(late, "relative-death", 4_000_000,
                    List.of("death-certificate")));

            assertThat(capOf(running, 4_000_000)).isEqualTo(5_000_000L);
            assertThat(capOf(later, 4_000_000)).isEqualTo(4_500_000L);
        } finally {
            deploy(original);
        }
    }

    private Object capOf(StartedCase started, long proposed) {
        steps.complete("school.chair", steps.awaitTask(started, "Task_ReviewRequest"),
                Map.of("recommendation", "support", "proposedAmount", proposed));
        return tasks.getVariable(steps.awaitTask(started, "Task_ApproveRequest").getId(), "approvalCap");
    }

    private void deploy(String dmn) {
        repository.createDeployment().name("designer-cap-change").source("Camunda Modeler")
                .addString("hardship-approval-level.dmn", dmn).deploy();
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = HardshipScenariosTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Map<String, String> refusedFields(Map<String, Object> form) {
        try {
            steps.submit("member", form);
        } catch (FormValidationException e) {
            Map<String, String> fields = new HashMap<>();
            e.errors().forEach((field, error) -> fields.put(field, error.messageKey()));
            return fields;
        }
        throw new AssertionError("the request was accepted");
    }

    private static Map<String, Object> request(Long memberId, String type, long amount, List<String> documents) {
        Map<String, Object> form = new HashMap<>();
        if (memberId != null) {
            form.put("memberId", memberId.toString());
        }
        form.put("supportType", type);
        form.put("circumstances", "Hoàn cảnh gia đình khó khăn, cần hỗ trợ kịp thời");
        form.put("amountRequested", amount);
        form.put("providedDocuments", documents);
        form.put("paymentMethod", "cash");
        return form;
    }

    private long newMember(String unionCode) {
        return HardshipSteps.newMember(context, unionCode);
    }

    private List<String> candidateGroups(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> "candidate".equals(link.getType())).map(link -> link.getGroupId()).toList();
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private <T> T asAdmin(java.util.function.Supplier<T> action) {
        try (SignedIn ignored = SignedIn.as(accounts, "admin")) {
            return action.get();
        }
    }
}
