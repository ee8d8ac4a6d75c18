package vn.unioncare.security.engine;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.unioncare.UnionCareSpringTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@UnionCareSpringTest
class CamundaSeesUnionCareAccountsTest {

    @Autowired
    IdentityService identity;

    @Test
    void camundaChecksPasswordsAgainstTheUnionCareStore() {
        assertThat(identity.checkPassword("school.chair", "demo")).isTrue();
        assertThat(identity.checkPassword("school.chair", "wrong")).isFalse();
        assertThat(identity.checkPassword("nobody", "demo")).isFalse();
    }

    @Test
    void candidateGroupsNameTheUnitAndTheRole() {
        assertThat(identity.createGroupQuery().groupMember("school.chair").list()).extracting(Group::getId)
                .containsExactlyInAnyOrder("CS-THCS-NGHIA-TAN:chair", "CS-THCS-NGHIA-TAN:finance");
        assertThat(identity.createUserQuery().memberOfGroup("CS-THCS-NGHIA-TAN:chair").list()).extracting(User::getId)
                .containsExactlyInAnyOrder("school.chair", "school.vicechair");
        assertThat(identity.createUserQuery().memberOfGroup("HLF:welfare").list()).extracting(User::getId)
                .containsExactly("hlf.welfare");
    }

    @Test
    void theCamundaAdminGroupAlwaysHasTheAdministrator() {
        assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").list()).extracting(User::getId)
                .contains("admin");
        assertThat(identity.createGroupQuery().groupMember("admin").list()).extracting(Group::getId)
                .containsExactly("camunda-admin");
        assertThat(identity.createGroupQuery().groupMember("designer").list()).extracting(Group::getId)
                .containsExactly("designers");
    }

    @Test
    void usersAndGroupsAreFoundByIdAndPaged() {
        User chair = identity.createUserQuery().userId("school.chair").singleResult();
        assertThat(chair.getFirstName()).contains("Nguyễn Thị Mai");
        assertThat(identity.createGroupQuery().groupId("HLF:safety").singleResult().getName())
                .startsWith("Liên đoàn Lao động Thành phố Hà Nội");
        assertThat(identity.createGroupQuery().groupId("HLF:nonsense").singleResult()).isNull();
        assertThat(identity.createUserQuery().listPage(0, 3)).hasSize(3);
        assertThat(identity.createUserQuery().listPage(3, 3)).hasSize(3)
                .doesNotContainAnyElementsOf(identity.createUserQuery().listPage(0, 3));
        List<User> everyone = identity.createUserQuery().list();
        assertThat(identity.createUserQuery().count()).isEqualTo(everyone.size());
        assertThat(everyone).extracting(User::getId).contains("admin", "designer", "hlf.welfare", "hlf.training",
                "hlf.jobs", "trainer", "school.chair", "member", "factory.member");
    }

    @Test
    void theStoreIsReadOnlyForCamunda() {
        assertThat(identity.isReadOnly()).isTrue();
        assertThatThrownBy(() -> identity.saveUser(identity.newUser("intruder")))
                .isInstanceOf(RuntimeException.class);
    }
}
