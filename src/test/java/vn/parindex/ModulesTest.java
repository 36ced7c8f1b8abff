package vn.parindex;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Repository;

/**
 * The build verifies the modules' boundaries: each top-level package of {@code vn.parindex} is a module, and a new
 * dependency that closes a loop between modules, a new public repository, or a use of the engine's internals outside
 * its adapter fails here.
 */
class ModulesTest {

    private static final JavaClasses CODE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.parindex");

    @Test
    void noModuleDependsOnItselfThroughOthers() {
        slices().matching("vn.parindex.(*)..").should().beFreeOfCycles().check(CODE);
    }

    /** A module's tables are its own: its repositories are not public, other modules ask its services. */
    @Test
    void noRepositoryIsPublic() {
        classes().that().areAnnotatedWith(Repository.class).should().notBePublic().check(CODE);
    }

    /**
     * Audit and notifications are fed by the events the modules publish (past-tense records such as
     * {@code FinalResultsPublished}); both listen to every module, so none of them may call back into either.
     */
    @Test
    void onlyTheAuditModuleWritesTheAuditLog() {
        noClasses().that().resideOutsideOfPackage("vn.parindex.audit..")
                .should().dependOnClassesThat().haveNameMatching("vn\\.parindex\\.audit\\.AuditLog(\\$.*)?").check(CODE);
    }

    /**
     * Reading included: a unit's file reads its messages through {@code assessment.UnitNotices}, which the notification
     * module implements.
     */
    @Test
    void onlyTheNotificationModuleUsesNotifications() {
        noClasses().that().resideOutsideOfPackage("vn.parindex.notification..")
                .should().dependOnClassesThat().haveNameMatching("vn\\.parindex\\.notification\\.Notifications(\\$.*)?")
                .check(CODE);
    }

    /** {@code org.camunda.bpm.engine.impl} is what breaks first on an engine upgrade (to Operaton, say): one adapter. */
    @Test
    void onlyTheWorkflowModuleUsesTheEnginesInternals() {
        noClasses().that().resideOutsideOfPackage("vn.parindex.workflow..")
                .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.impl..")
                .check(CODE);
    }
}
