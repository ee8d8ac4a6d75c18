package vn.unioncare.safety;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import vn.unioncare.casework.CaseRecords;
import vn.unioncare.organisation.OrganisationService;
import vn.unioncare.DemoUnits;
import vn.unioncare.hardship.HardshipSteps;
import static org.awaitility.Awaitility.await;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.unioncare.UnionCareSpringTest;
import vn.unioncare.documents.DocumentStore;
import vn.unioncare.documents.StoredDocument;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statistics step of {@code safety-statistics} for the year 2017 with known reports: a Vietnamese PDF and a CSV
 * per reporting union, filed once however often the job runs, and one notice to the city's safety officer.
 */
@UnionCareSpringTest
class SafetyStatisticsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    DocumentStore documents;
    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Test
    @Transactional
    void theYearsStatisticsAreFiledAsPdfAndCsvForTheCityAndEachUnionAboveGrassrootsOnce() throws IOException {
        SafetyRows rows = new SafetyRows(jdbc);
        rows.report("CS-THCS-NGHIA-TAN", "accident", "fatal", "2017-01-15", 1, 0, 0, LocalDate.of(2017, 2, 14),
                "CLOSED");
        rows.report("CS-BV-XANH-PON", "accident", "serious", "2017-12-31", 0, 1, 3, LocalDate.of(2018, 1, 7),
                "CLOSED");
        rows.report("CS-DT-THANG-LONG", "hazard", "hazard", "2017-08-08", 0, 0, 0, null, "CLOSED");
        rows.report("CS-DT-THANG-LONG", "accident", "light", "2018-01-01", 0, 0, 1, null, "CLOSED");

        runStatisticsStep("2017");
        runStatisticsStep("2017");

        List<StoredDocument> city = documents.list("safety-statistics:HLF");
        assertThat(city).extracting(StoredDocument::filename).containsExactlyInAnyOrder(
                "thong-ke-tnld-HLF-2017.pdf", "thong-ke-tnld-HLF-2017.csv");
        String pdf = text(content(city, "pdf"));
        assertThat(pdf).contains("Báo cáo thống kê tai nạn lao động năm 2017",
                "Đơn vị báo cáo: Liên đoàn Lao động Thành phố Hà Nội", "Khoảng thời gian: từ 01/01/2017 đến 31/12/2017",
                "Số vụ theo mức độ và công đoàn trực thuộc", "Số người bị nạn theo công đoàn trực thuộc",
                "Công đoàn ngành Y tế Hà Nội", "Tổng cộng");
        String csv = new String(content(city, "csv"), StandardCharsets.UTF_8);
        assertThat(csv).contains("\r\nSố vụ theo mức độ và công đoàn trực thuộc\r\nCông đoàn,Số vụ,"
                        + "Tai nạn chết người,Tai nạn nặng từ 2 người,Tai nạn nặng 1 người,Tai nạn nhẹ,"
                        + "\"Nguy cơ, sự cố suýt xảy ra\"\r\n",
                "\r\nCông đoàn các Khu công nghiệp và chế xuất Hà Nội,1,0,0,0,0,1\r\n",
                "\r\nCông đoàn ngành Y tế Hà Nội,1,0,0,1,0,0\r\n",
                "\r\nCông đoàn phường Cầu Giấy,1,1,0,0,0,0\r\n",
                "\r\nTổng cộng,3,1,0,1,0,1\r\n",
                "\r\nSố người bị nạn theo công đoàn trực thuộc\r\nCông đoàn,Số người chết,Số người bị thương nặng,"
                        + "Số người bị thương nhẹ\r\n",
                "\r\nCông đoàn ngành Y tế Hà Nội,0,1,3\r\n",
                "\r\nTổng cộng,1,1,3\r\n");
        List<StoredDocument> health = documents.list("safety-statistics:CD-NGANH-YTE");
        assertThat(new String(content(health, "csv"), StandardCharsets.UTF_8))
                .contains("\r\nCông đoàn cơ sở Bệnh viện Đa khoa Xanh Pôn,1,0,0,1,0,0\r\n")
                .doesNotContain("Nghĩa Tân");
        assertThat(documents.list("safety-statistics:CD-P-CAU-GIAY")).hasSize(2);
        assertThat(documents.list("safety-statistics:CD-KCN-HN")).hasSize(2);
        assertThat(jdbc.queryForObject("select count(*) from notification where recipient = 'hlf.safety'"
                + " and kind = 'SAFETY_STATISTICS_READY' and message like :period",
                new MapSqlParameterSource("period", "%năm 2017%"), Integer.class)).isEqualTo(1);
    }

    private void runStatisticsStep(String period) {
        DelegateExecution execution = Mockito.mock(DelegateExecution.class);
        Mockito.when(execution.getVariable("statisticsPeriod")).thenReturn(period);
        try {
            context.getBean("safetyStatistics", JavaDelegate.class).execute(execution);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] content(List<StoredDocument> files, String extension) throws IOException {
        StoredDocument file = files.stream().filter(f -> f.filename().endsWith("." + extension)).findFirst()
                .orElseThrow();
        try (InputStream in = documents.open(file)) {
            return in.readAllBytes();
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void theHalfYearReportWhenItsTimerFiresIsACaseOfTheCityWithATaskForItsSafetyOfficers() {
        RuntimeService runtime = context.getBean(RuntimeService.class);
        ManagementService management = context.getBean(ManagementService.class);
        TaskService tasks = context.getBean(TaskService.class);
        Job timer = management.createJobQuery()
                .processDefinitionKey("safety-statistics").timers().singleResult();

        management.executeJob(timer.getId());

        ProcessInstance report = runtime.createProcessInstanceQuery()
                .processDefinitionKey("safety-statistics").orderByProcessInstanceId().desc().list().get(0);
        var file = context.getBean(CaseRecords.class).findByProcessInstance(report.getId())
                .orElseThrow();
        assertThat(file.caseNumber()).startsWith("TK-");
        assertThat(file.orgUnitId()).isEqualTo(context.getBean(OrganisationService.class)
                .findByCode(DemoUnits.CITY).orElseThrow().id());
        await().atMost(HardshipSteps.PATIENCE).until(() -> tasks
                .createTaskQuery().processInstanceId(report.getId()).count() == 1);
        assertThat(tasks.getIdentityLinksForTask(tasks.createTaskQuery().processInstanceId(report.getId())
                .singleResult().getId())).extracting(l -> l.getGroupId()).contains("HLF:safety");
    }
}
