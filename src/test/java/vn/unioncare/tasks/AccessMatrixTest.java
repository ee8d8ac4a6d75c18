package vn.unioncare.tasks;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import vn.unioncare.DemoRequests;
import vn.unioncare.SignedIn;
import vn.unioncare.UnionCareSpringTest;
import vn.unioncare.casework.CaseAttachments;
import vn.unioncare.casework.CaseComments;
import vn.unioncare.casework.CaseFiles;
import vn.unioncare.casework.CaseStarter;
import vn.unioncare.casework.StartedCase;
import vn.unioncare.common.RefusedException;
import vn.unioncare.security.UserAccountService;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every demo officer against a case in every demo grassroots union: no access where none is due and no refusal
 * where access is due, for the queue, opening and claiming and completing the task, supervision, the case page,
 * comments and attachments.
 */
@UnionCareSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

    /** Union → the member who submits there, its chair, and who supervises it. */
    private static final Map<String, List<Object>> UNIONS = Map.of(
            "school", List.of("member", "school.chair", Set.of("commune.officer", "hlf.welfare", "hlf.safety", "hlf.training")),
            "hospital", List.of("hospital.member", "hospital.chair", Set.of("health.officer", "hlf.welfare", "hlf.safety", "hlf.training")),
            "factory", List.of("factory.member", "factory.chair", Set.of("parks.officer", "hlf.welfare", "hlf.safety", "hlf.training")));
    private static final List<String> OFFICERS = List.of("school.chair", "hospital.chair", "factory.chair",
            "commune.officer", "health.officer", "parks.officer", "hlf.welfare", "hlf.safety", "hlf.training",
            "school.officer");
    /** Officers of a union who see its cases but hold no role its tasks are offered to. */
    private static final Map<String, Set<String>> OTHER_OFFICERS_OF = Map.of("school", Set.of("school.officer"),
            "hospital", Set.of(), "factory", Set.of());

    @Autowired
    UserAccountService accounts;
    @Autowired
    CaseStarter starter;
    @Autowired
    TaskQueues queues;
    @Autowired
    TaskForms taskForms;
    @Autowired
    TaskService tasks;
    @Autowired
    CaseFiles caseFiles;
    @Autowired
    CaseComments comments;
    @Autowired
    CaseAttachments attachments;

    private final Map<String, StartedCase> cases = new HashMap<>();
    private final Map<String, String> tasksToComplete = new HashMap<>();
    private final Map<String, Long> documents = new HashMap<>();

    @BeforeAll
    void oneCasePerUnion() {
        UNIONS.forEach((union, facts) -> {
            try (SignedIn ignored = SignedIn.as(accounts, (String) facts.get(0))) {
                StartedCase started = starter.start("foundation-roundtrip", Map.of("note", "Đề nghị của " + union));
                cases.put(union, started);
                tasksToComplete.put(union, DemoRequests.openTaskOf(
                        starter.start("foundation-roundtrip", Map.of("note", "Hoàn thành " + union)), tasks));
                documents.put(union, attachments.upload(started.caseNumber(), "giay-xac-nhan.png",
                        new ByteArrayInputStream(png())).id());
            }
        });
    }

    static Stream<Arguments> officersAndUnions() {
        return OFFICERS.stream().flatMap(officer -> UNIONS.keySet().stream().map(union -> Arguments.of(officer, union)));
    }

    @ParameterizedTest(name = "{0} on the {1} union's case")
    @MethodSource("officersAndUnions")
    void accessIsExactlyWhatTheRolesGive(String officer, String union) {
        StartedCase started = cases.get(union);
        String task = tasks.createTaskQuery().processInstanceId(started.processInstanceId()).singleResult().getId();
        boolean works = UNIONS.get(union).get(1).equals(officer);
        boolean supervises = ((Set<?>) UNIONS.get(union).get(2)).contains(officer);

        try (SignedIn ignored = SignedIn.as(accounts, officer)) {
            assertThat(queues.page(Queue.UNION, started.caseNumber(), PageRequest.of(0, 10)).getTotalElements())
                    .as("queue").isEqualTo(works ? 1 : 0);
            assertThat(taskForms.open(task).isPresent()).as("open").isEqualTo(works);
            assertThat(queues.supervision(started.caseNumber(), PageRequest.of(0, 10)).getTotalElements())
                    .as("supervision").isEqualTo(supervises ? 1 : 0);
            boolean claimed = allowed(() -> {
                queues.claim(task);
                queues.unclaim(task);
            });
            assertThat(claimed).as("claim").isEqualTo(works);
            assertThat(allowed(() -> taskForms.complete(tasksToComplete.get(union), Map.of())))
                    .as("complete").isEqualTo(works);

            boolean seesCase = works || supervises || OTHER_OFFICERS_OF.get(union).contains(officer);
            String number = started.caseNumber();
            assertThat(allowed(() -> caseFiles.open(number))).as("case page").isEqualTo(seesCase);
            assertThat(allowed(() -> comments.add(number, "Ghi chú của " + officer))).as("comment").isEqualTo(seesCase);
            assertThat(allowed(() -> attachments.list(number))).as("attachment list").isEqualTo(seesCase);
            assertThat(allowed(() -> attachments.download(number, documents.get(union)))).as("attachment download")
                    .isEqualTo(seesCase);
        }
    }

    /** Whether the action went through; a refusal must be the "not found or no access" that hides the case. */
    private static boolean allowed(Runnable action) {
        try {
            action.run();
            return true;
        } catch (RefusedException refused) {
            assertThat(refused.status()).isEqualTo(404);
            return false;
        }
    }

    private static byte[] png() {
        try {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(2, 2, java.awt.image.BufferedImage.TYPE_INT_RGB),
                    "png", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
