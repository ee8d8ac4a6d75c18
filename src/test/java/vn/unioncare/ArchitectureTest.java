package vn.unioncare;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The feature boundaries that keep UnionCare maintainable, checked on every build. */
class ArchitectureTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(UnionCareApplication.class);
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.unioncare");

    @Test
    void featuresTalkToEachOtherOnlyThroughTheirApiAndHaveNoCycles() {
        MODULES.verify();
    }

    @Test
    void viewsNeverTouchCamundaEngineTypes() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAPackage("org.camunda..")
                .because("views work with UnionCare's records; the engine stays behind the services")
                .check(CLASSES);
    }

    @Test
    void viewsNeverTouchRepositoriesOrEntities() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAPackage("vn.unioncare..domain..")
                .because("authorisation lives in the services; a view that reads a repository would bypass it")
                .check(CLASSES);
    }

    @Test
    void everyRouteSaysWhoMayOpenIt() {
        classes().that().areAnnotatedWith(Route.class)
                .should().beAnnotatedWith(PermitAll.class).orShould().beAnnotatedWith(RolesAllowed.class)
                .orShould().beAnnotatedWith(AnonymousAllowed.class).orShould().beAnnotatedWith(DenyAll.class)
                .check(CLASSES);
    }

    @Test
    void processDelegatesStayThin() {
        noClasses().that().resideInAPackage("..process..")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }
}
