package vn.unioncare.security;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.unioncare.SignedIn;
import vn.unioncare.UnionCareSpringTest;
import vn.unioncare.casework.CaseAttachments;
import vn.unioncare.casework.CaseComments;
import vn.unioncare.casework.CaseFiles;
import vn.unioncare.casework.CaseFilter;
import vn.unioncare.casework.CaseList;
import vn.unioncare.casework.StartedCase;
import vn.unioncare.casework.StatisticsPeriod;
import vn.unioncare.casework.SupervisionExports;
import vn.unioncare.common.RefusedException;
import vn.unioncare.hardship.HardshipSteps;
import vn.unioncare.tasks.Queue;
import vn.unioncare.tasks.TaskForms;
import vn.unioncare.tasks.TaskQueues;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9, item 6: every demo officer (and administrator) against a case and its task in every demo union, and a
 * hardship request in every grassroots union, for every action, through the services the Vaadin views call and
 * through the JSON API; what each may do is computed by {@link AccessRule} from the stored facts, not by the code
 * under test. 0 wrong allows and 0 wrong denials. (Completing is checked on the test process's tasks, which need
 * no form values; a hardship review needs a filled-in form.)
 */
@UnionCareSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

    /** Every demo union but the dissolved district federation (it holds no members and takes no cases). */
    private static final List<String> UNIONS = List.of("HLF", "CD-P-CAU-GIAY", "CD-NGANH-YTE", "CD-KCN-HN",
            "CS-THCS-NGHIA-TAN", "CS-BV-XANH-PON", "CS-DT-THANG-LONG", "TO-DT-THANG-LONG-PX1");
    private static final String PROCESS = "foundation-roundtrip";
    private static final Map<String, String> GRASSROOTS_CHAIRS = Map.of("CS-THCS-NGHIA-TAN", "school.chair",
            "CS-BV-XANH-PON", "hospital.chair", "CS-DT-THANG-LONG", "factory.chair");
    /** The actions that complete a task, checked on the cases whose process the matrix can complete. */
    private static final int COMPLETIONS = 2;

    @LocalServerPort
    int port;
    @Autowired
    UserAccountService accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    TaskQueues queues;
    @Autowired
    TaskForms taskForms;
    @Autowired
    CaseFiles caseFiles;
    @Autowired
    CaseList caseList;
    @Autowired
    CaseComments comments;
    @Autowired
    CaseAttachments attachments;
    @Autowired
    SupervisionExports exports;
    @Autowired
    ApplicationContext context;

    private final HttpClient http = HttpClient.newHttpClient();
    private AccessRule rule;
    private final Map<String, UnionCase> cases = new LinkedHashMap<>();
    private final Map<String, Deque<String>> tasksToComplete = new HashMap<>();

    /** One officer in one union: a row of the matrix, one cell per action. */
    private record OfficerInUnion(String officer, String union) {
    }

    /**
     * A case of a union that the matrix opens, comments on, uploads to and downloads from, and its open task; for a
     * completable one, other cases of the same process give the tasks to complete.
     */
    private record UnionCase(String union, long unitId, String caseNumber, String taskId, List<String> candidateGroups,
                             long documentId, boolean completable) {
    }

    @BeforeAll
    void aCaseInEveryUnion() {
        rule = new AccessRule(jdbc);
        for (String code : UNIONS) {
            cases.put(code, subject(code, start(rule.unit(code).id()), true));
            tasksToComplete.put(code, new ArrayDeque<>());
        }
        // a hardship request in each grassroots union, submitted by its chair, waiting for the chair's review
        HardshipSteps hardship = HardshipSteps.of(context);
        GRASSROOTS_CHAIRS.forEach((code, chair) -> {
            Map<String, Object> form = new HashMap<>(HardshipSteps.request("sickness", "Ốm đau dài ngày", 500_000,
                    "medical"));
            form.put("memberId", Long.toString(HardshipSteps.newMember(context, code)));
            StartedCase started = hardship.submit(chair, form);
            hardship.awaitTask(started, "Task_ReviewRequest");
            cases.put(code + " (hardship)", subject(code, started.processInstanceId(), false));
        });
    }

    private UnionCase subject(String union, String instance, boolean completable) {
        String caseNumber = (String) runtime.getVariable(instance, "caseNumber");
        String task = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
        List<String> groups = tasks.getIdentityLinksForTask(task).stream()
                .filter(link -> "candidate".equals(link.getType())).map(IdentityLink::getGroupId).toList();
        try (SignedIn ignored = SignedIn.as(accounts, "admin")) {
            long document = attachments.upload(caseNumber, "giay-xac-nhan.png", new ByteArrayInputStream(png())).id();
            return new UnionCase(union, rule.unit(union).id(), caseNumber, task, groups, document, completable);
        }
    }

    /** Starts a case of the union: about one of its members where it has members, else about the union itself. */
    private String start(long unitId) {
        Map<String, Object> variables = new HashMap<>(Map.of("orgUnitId", unitId, "note", "Ma trận quyền truy cập"));
        jdbc.queryForList("select id from member where org_unit_id = ? order by id", Long.class, unitId).stream()
                .findFirst().ifPresent(member -> variables.put("memberId", member));
        return runtime.startProcessInstanceByKey(PROCESS, variables).getId();
    }

    /** A task of another case of the union that nobody has completed yet, for an attempt to complete one. */
    private String taskToComplete(String union) {
        Deque<String> open = tasksToComplete.get(union);
        if (open.isEmpty()) {
            String instance = start(cases.get(union).unitId());
            open.push(tasks.createTaskQuery().processInstanceId(instance).singleResult().getId());
        }
        return open.peek();
    }

    @Test
    void everyOfficerMayDoInEveryUnionExactlyWhatTheirRolesGive() {
        Matrix matrix = new Matrix();
        long started = System.nanoTime();
        for (String officer : rule.officersAndAdmins()) {
            String session = signInForTheApi(officer);
            try (SignedIn ignored = SignedIn.as(accounts, officer)) {
                cases.forEach((label, subject) -> checkServices(matrix, new OfficerInUnion(officer, label), subject));
            }
            cases.forEach((label, subject) -> checkApi(matrix, new OfficerInUnion(officer, label), subject, session));
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("access matrix: %d officers and administrators x %d cases x up to %d actions = %d cells"
                        + " (%d allowed, %d refused) in %d ms; wrong allows %d, wrong denials %d%n",
                rule.officersAndAdmins().size(), cases.size(), matrix.actions(), matrix.cells, matrix.allows,
                matrix.denials, millis, matrix.wrongAllows.size(), matrix.wrongDenials.size());
        System.out.println("access matrix time by action: " + matrix.timeByAction());

        long completable = cases.values().stream().filter(UnionCase::completable).count();
        assertThat(matrix.cells).isEqualTo(rule.officersAndAdmins().size()
                * (cases.size() * (matrix.actions() - COMPLETIONS) + completable * COMPLETIONS));
        assertThat(matrix.allows).as("some cells allow").isPositive();
        assertThat(matrix.denials).as("some cells refuse").isPositive();
        assertThat(matrix.wrongAllows).as("wrong allows").isEmpty();
        assertThat(matrix.wrongDenials).as("wrong denials").isEmpty();
    }

    private void checkServices(Matrix matrix, OfficerInUnion row, UnionCase subject) {
        String number = subject.caseNumber();
        boolean sees = rule.seesCaseOf(row.officer(), subject.unitId());
        boolean works = rule.works(row.officer(), subject.candidateGroups());
        boolean supervises = rule.supervises(row.officer(), subject.unitId());

        matrix.check(row, "list: union task queue", works,
                () -> queues.page(Queue.UNION, number, PageRequest.of(0, 10)).getTotalElements() == 1);
        matrix.check(row, "list: supervision queue", supervises,
                () -> queues.supervision(number, PageRequest.of(0, 10)).getTotalElements() == 1);
        matrix.check(row, "list: cases", sees, () -> caseList.count(new CaseFilter(null, null, null, number, false)) == 1);
        matrix.check(row, "open: task form", works, () -> taskForms.open(subject.taskId()).isPresent());
        matrix.check(row, "open: case page", sees, refusable(() -> caseFiles.open(number)));
        matrix.check(row, "claim", works, refusable(() -> {
            queues.claim(subject.taskId());
            queues.unclaim(subject.taskId());
        }));
        if (subject.completable()) {
            String toComplete = taskToComplete(subject.union());
            if (matrix.check(row, "complete", works, refusable(() -> taskForms.complete(toComplete, Map.of())))) {
                tasksToComplete.get(subject.union()).pop();
            }
        }
        matrix.check(row, "comment", sees, refusable(() -> comments.add(number, "Ghi chú của " + row.officer())));
        matrix.check(row, "upload", sees, refusable(() -> attachments.upload(number, "anh-" + row.officer() + ".png",
                new ByteArrayInputStream(png()))));
        matrix.check(row, "download", sees, refusable(() -> attachments.download(number, subject.documentId())));
        matrix.check(row, "export: figures of the union", rule.exports(row.officer(), subject.unitId()), refusable(() ->
                exports.csv(subject.unitId(), StatisticsPeriod.lastDays(30, LocalDate.now()), Locale.forLanguageTag("vi"))));
    }

    private void checkApi(Matrix matrix, OfficerInUnion row, UnionCase subject, String session) {
        String documents = "/api/v1/cases/" + subject.caseNumber() + "/documents";
        boolean sees = rule.seesCaseOf(row.officer(), subject.unitId());
        if (subject.completable()) {
            String toComplete = taskToComplete(subject.union());
            if (matrix.check(row, "API: complete", rule.works(row.officer(), subject.candidateGroups()),
                    status(() -> send(session, "POST", "/api/v1/tasks/" + toComplete + "/complete", "application/json",
                            "{}".getBytes(StandardCharsets.UTF_8)), 204))) {
                tasksToComplete.get(subject.union()).pop();
            }
        }
        matrix.check(row, "API: list documents", sees, status(() -> send(session, "GET", documents, null, null), 200));
        matrix.check(row, "API: download", sees,
                status(() -> send(session, "GET", documents + "/" + subject.documentId(), null, null), 200));
        String boundary = "matrix-" + UUID.randomUUID();
        matrix.check(row, "API: upload", sees, status(() -> send(session, "POST", documents,
                "multipart/form-data; boundary=" + boundary, multipart(boundary, "anh-api.png", png())), 201));
    }

    /** Signs in through the login form once, so that the API is called with the session the JSON API accepts. */
    private String signInForTheApi(String officer) {
        BrowserSession browser = new BrowserSession(port);
        browser.signIn(officer, "demo");
        return browser.cookie();
    }

    private HttpResponse<byte[]> send(String session, String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Cookie", "JSESSIONID=" + session)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Allowed with the expected status; refused with 404, the answer that hides another union's case and task. */
    private static BooleanSupplier status(java.util.function.Supplier<HttpResponse<byte[]>> request, int allowed) {
        return () -> {
            HttpResponse<byte[]> response = request.get();
            if (response.statusCode() == allowed) {
                return true;
            }
            assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(404);
            return false;
        };
    }

    /** Allowed when the action returns; refused with "not found or no access" (404), or 403 for a non-supervisor. */
    private static BooleanSupplier refusable(Runnable action) {
        return () -> {
            try {
                action.run();
                return true;
            } catch (RefusedException refused) {
                assertThat(refused.status()).isIn(403, 404);
                return false;
            }
        };
    }

    private static byte[] multipart(String boundary, String filename, byte[] content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private static byte[] png() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(2, 2, java.awt.image.BufferedImage.TYPE_INT_RGB),
                    "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The cells checked so far and the ones where the application disagreed with the rule. */
    private static final class Matrix {

        int cells;
        int allows;
        int denials;
        final List<String> wrongAllows = new ArrayList<>();
        final List<String> wrongDenials = new ArrayList<>();
        private final Map<String, Long> nanosByAction = new LinkedHashMap<>();

        int actions() {
            return nanosByAction.size();
        }

        /** Milliseconds spent per action, to see where the matrix's time goes. */
        String timeByAction() {
            StringBuilder text = new StringBuilder();
            nanosByAction.forEach((action, nanos) -> text.append(action).append(' ').append(nanos / 1_000_000)
                    .append(" ms; "));
            return text.toString();
        }

        /** Checks one cell; returns whether the application allowed it. */
        boolean check(OfficerInUnion row, String action, boolean expected, BooleanSupplier attempt) {
            long started = System.nanoTime();
            boolean allowed = attempt.getAsBoolean();
            nanosByAction.merge(action, System.nanoTime() - started, Long::sum);
            cells++;
            if (allowed) {
                allows++;
            } else {
                denials++;
            }
            String name = row.officer() + " / " + row.union() + " / " + action;
            if (allowed && !expected) {
                wrongAllows.add(name);
            } else if (!allowed && expected) {
                wrongDenials.add(name);
            }
            return allowed;
        }
    }
}
