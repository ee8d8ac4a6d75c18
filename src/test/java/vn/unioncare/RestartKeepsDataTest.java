package vn.unioncare;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.unioncare.member.Gender;
import vn.unioncare.member.MemberSearch;
import vn.unioncare.member.MemberService;
import vn.unioncare.member.NewMember;
import vn.unioncare.security.UserAccountService;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The default set-up keeps everything in an H2 file: stop UnionCare, start it again, and nothing is lost or doubled. */
class RestartKeepsDataTest {

    @TempDir
    Path dataDirectory;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(UnionCareApplication.class).run(
                "--spring.datasource.url=jdbc:h2:file:" + dataDirectory.resolve("unioncare") + ";DB_CLOSE_ON_EXIT=FALSE",
                "--server.port=0",
                // its own engine name, so it never meets the engine of the shared test context in this JVM
                "--camunda.bpm.process-engine-name=restart-test",
                "--camunda.bpm.job-execution.enabled=false");
    }

    @Test
    void membersProcessesAndTheDemoDataSurviveARestartWithoutDuplicates() {
        String instanceId;
        try (ConfigurableApplicationContext first = start()) {
            UserAccountService accounts = first.getBean(UserAccountService.class);
            try (SignedIn ignored = SignedIn.as(accounts, "school.chair")) {
                first.getBean(MemberService.class).register(new NewMember("GV-777777", "Phan Thị Bích Ngọc",
                        LocalDate.of(1985, 6, 15), Gender.FEMALE, "0987654321", null, "CS-THCS-NGHIA-TAN",
                        LocalDate.of(2019, 9, 1)));
            }
            instanceId = first.getBean(RuntimeService.class)
                    .startProcessInstanceByKey("foundation-roundtrip", Map.of("unionCode", "CS-THCS-NGHIA-TAN")).getId();
        }

        try (ConfigurableApplicationContext second = start()) {
            UserAccountService accounts = second.getBean(UserAccountService.class);
            try (SignedIn ignored = SignedIn.as(accounts, "school.chair")) {
                MemberService members = second.getBean(MemberService.class);
                assertThat(members.search(MemberSearch.byText("phan thi bich ngoc"), org.springframework.data.domain
                        .PageRequest.of(0, 10))).extracting(m -> m.cardNumber()).containsExactly("GV-777777");
                assertThat(members.search(MemberSearch.byText(""), org.springframework.data.domain.PageRequest.of(0, 10))
                        .getTotalElements()).isEqualTo(21);
            }
            assertThat(second.getBean(TaskService.class).createTaskQuery().processInstanceId(instanceId)
                    .taskCandidateGroup("CS-THCS-NGHIA-TAN:chair").count()).isEqualTo(1);
            assertThat(accounts.findAccount("admin")).isPresent();
        }
    }
}
