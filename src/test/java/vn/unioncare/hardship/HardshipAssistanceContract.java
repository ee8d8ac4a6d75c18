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
import vn.unioncare.notification.Notifications;
import vn.unioncare.security.UserAccountService;
import vn.unioncare.tasks.TaskForms;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * From the member's request in the portal to the money paid and the letter downloaded, on each database: the
 * school member asks for support after a relative's death, the school chair reviews and approves, the school's
 * finance officer pays, and the member sees "paid" and reads a Vietnamese decision letter. (The same story with a
 * sickness request runs in a real browser in {@code HardshipInABrowserTest}; the eligibility table allows a member
 * one grant of a type in 12 months, so the two use different types.)
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

    HardshipSteps steps;

    @BeforeEach
    void setUpSteps() {
        steps = new HardshipSteps(starter, taskForms, tasks, history, accounts);
    }

    @Test
    void memberBereavementRequestIsReviewedApprovedAndPaidAndTheMemberReadsTheLetter() throws IOException {
        StartedCase started = steps.submit("member", HardshipSteps.request("relative-death",
                "Mẹ đẻ mất ngày 12, gia đình neo đơn", 800_000, "death-certificate"));
        assertThat(started.caseNumber()).matches("HT-\\d{4}-\\d{6}");

        steps.approveAtSchool(started, 800_000);
        Task payment = steps.awaitTask(started, "Task_Disburse");
        steps.complete("school.chair", payment, Map.of("paymentMethod", "cash", "paymentReference", "PC-2026-015",
                "paidOn", LocalDate.now().toString()));
        steps.awaitEnd(started);

        HardshipRequestView request = steps.as("member", () -> requests.forCase(started.caseNumber()).orElseThrow());
        assertThat(request.outcome()).isEqualTo(HardshipOutcome.PAID);
        assertThat(request.approvedAmount()).isEqualTo(800_000L);
        assertThat(request.paymentReference()).isEqualTo("PC-2026-015");
        assertThat(steps.as("member", () -> cases.list(CaseFilter.mine(),
                PageRequest.of(0, 50)))
                .stream().filter(row -> row.caseNumber().equals(started.caseNumber())).findFirst().orElseThrow().stage())
                .isEqualTo("paid");

        List<StoredDocument> files = steps.as("member", () -> attachments.list(started.caseNumber()));
        StoredDocument letter = files.stream().filter(f -> f.filename().startsWith("quyet-dinh")).findFirst().orElseThrow();
        String text = text(steps.as("member", () -> attachments.download(started.caseNumber(), letter.id())));
        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "QUYẾT ĐỊNH", "Nguyễn Văn An", "800.000", "Tám trăm nghìn đồng");
        assertThat(files).anySatisfy(f -> assertThat(f.filename()).startsWith("bien-nhan"));
        assertThat(steps.as("member", () -> notifications.latest(20)))
                .anySatisfy(n -> assertThat(n.text()).contains(started.caseNumber(), "800.000", "PC-2026-015"));
    }

    private static String text(CaseAttachments.Download pdf) throws IOException {
        try (InputStream in = pdf.content().get(); PDDocument document = Loader.loadPDF(in.readAllBytes())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
