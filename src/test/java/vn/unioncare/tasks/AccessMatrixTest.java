package vn.unioncare.tasks;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import vn.unioncare.SignedIn;
import vn.unioncare.UnionCareSpringTest;
import vn.unioncare.casework.CaseStarter;
import vn.unioncare.casework.StartedCase;
import vn.unioncare.security.UserAccountService;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every demo officer against a case in every demo grassroots union: no access where none is due and no refusal
 * where access is due, for the queue, opening the task, claiming it and supervision.
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
            "commune.officer", "health.officer", "parks.officer", "hlf.welfare", "hlf.safety", "hlf.training");

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

    private final Map<String, StartedCase> cases = new HashMap<>();

    @BeforeAll
    void oneCasePerUnion() {
        UNIONS.forEach((union, facts) -> {
            try (SignedIn ignored = SignedIn.as(accounts, (String) facts.get(0))) {
                cases.put(union, starter.start("foundation-roundtrip", Map.of("note", "Đề nghị của " + union)));
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
            boolean claimed;
            try {
                queues.claim(task);
                claimed = true;
                queues.unclaim(task);
            } catch (TaskActionException refused) {
                assertThat(refused.status()).isEqualTo(404);
                claimed = false;
            }
            assertThat(claimed).as("claim").isEqualTo(works);
        }
    }
}
