package vn.unioncare.hardship;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.unioncare.casework.CaseAttachments;
import vn.unioncare.casework.CaseFilter;
import vn.unioncare.casework.CaseList;
import org.springframework.data.domain.PageRequest;
import vn.unioncare.casework.CaseStarter;
import vn.unioncare.casework.StartedCase;
import vn.unioncare.documents.StoredDocument;
import vn.unioncare.member.MemberService;
import vn.unioncare.notification.Notifications;
import vn.unioncare.security.UserAccountService;
import vn.unioncare.tasks.TaskForms;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * From the member's request in the portal to the money paid and the letter downloaded, on each database: a
 * member of the electronics factory's union asks for sickness support, the union's chair reviews and approves, its
 * finance officer (the chair too) pays, and the member sees "paid" and reads a Vietnamese decision letter.
 */
abstract class HardshipAssistanceContract {

    @Autowired
    CaseStarter starter;
    @Autowired
    TaskForms taskForms;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    UserAccountService accounts;
    @Autowired
    HardshipRequests requests;
    @Autowired
    CaseAttachments attachments;
    @Autowired
    CaseList cases;
    @Autowired
    Notifications notifications;
    @Autowired
    Funds funds;
    @Autowired
    MemberService members;

    HardshipSteps steps;

    @BeforeEach
    void setUpSteps() {
        steps = new HardshipSteps(starter, taskForms, tasks, history, accounts);
    }

    @Test
    void memberSicknessRequestIsReviewedApprovedAndPaidAndTheMemberReadsTheLetter() throws IOException {
        StartedCase started = steps.submit("factory.member", Map.of("supportType", "sickness",
                "circumstances", "Điều trị viêm phổi tại Bệnh viện Bạch Mai 10 ngày",
                "amountRequested", 800_000, "providedDocuments", List.of("medical"), "paymentMethod", "cash"));
        assertThat(started.caseNumber()).matches("HT-\\d{4}-\\d{6}");

        Task review = steps.awaitTask(started, "Task_ReviewRequest");
        steps.complete("factory.chair", review, Map.of("verified", true, "recommendation", "support",
                "proposedAmount", 800_000, "reviewNotes", "Đã đến thăm tại nhà"));
        Task approval = steps.awaitTask(started, "Task_ApproveRequest");
        steps.complete("factory.chair", approval, Map.of("approvalDecision", "approve", "approvedAmount", 800_000));
        Task payment = steps.awaitTask(started, "Task_Disburse");
        steps.complete("factory.chair", payment, Map.of("paymentMethod", "cash", "paymentReference", "PC-2026-015",
                "paidOn", LocalDate.now().toString()));
        steps.awaitEnd(started);

        HardshipRequestView request = steps.as("factory.member", () -> requests.forCase(started.caseNumber()).orElseThrow());
        assertThat(request.outcome()).isEqualTo(HardshipOutcome.PAID);
        assertThat(request.approvedAmount()).isEqualTo(800_000L);
        assertThat(request.paymentReference()).isEqualTo("PC-2026-015");
        assertThat(steps.as("factory.member", () -> cases.list(CaseFilter.mine(),
                PageRequest.of(0, 50)))
                .stream().filter(row -> row.caseNumber().equals(started.caseNumber())).findFirst().orElseThrow().stage())
                .isEqualTo("paid");

        long factory = steps.as("factory.member", () -> members.findOwnRecord().orElseThrow().orgUnitId());
        assertThat(steps.as("factory.chair", () -> funds.ledger(factory, LocalDate.now().getYear(), 0, 50)))
                .filteredOn(posting -> started.caseNumber().equals(posting.caseNumber()))
                .extracting(FundPosting::kind, FundPosting::amount)
                .containsExactlyInAnyOrder(tuple(FundPostingKind.COMMIT, 800_000L), tuple(FundPostingKind.PAY, 800_000L));
        String memberName = steps.as("factory.member", () -> members.findOwnRecord().orElseThrow().fullName());
        List<StoredDocument> files = steps.as("factory.member", () -> attachments.list(started.caseNumber()));
        StoredDocument letter = files.stream().filter(f -> f.filename().startsWith("quyet-dinh")).findFirst().orElseThrow();
        String text = text(steps.as("factory.member", () -> attachments.download(started.caseNumber(), letter.id())));
        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "QUYẾT ĐỊNH", memberName, "800.000", "Tám trăm nghìn đồng");
        assertThat(files).anySatisfy(f -> assertThat(f.filename()).startsWith("bien-nhan"));
        assertThat(steps.as("factory.member", () -> notifications.latest(20)))
                .anySatisfy(n -> assertThat(n.text()).contains(started.caseNumber(), "800.000", "PC-2026-015"));
    }

    private static String text(CaseAttachments.Download pdf) throws IOException {
        try (InputStream in = pdf.content().get(); PDDocument document = Loader.loadPDF(in.readAllBytes())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
