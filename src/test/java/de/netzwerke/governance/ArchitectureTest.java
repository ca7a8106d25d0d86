package de.netzwerke.governance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import de.netzwerke.governance.process.ProcessContract;

/**
 * The shape of the code (DESIGN.md): rule classes are plain Java; a capability (one package per process)
 * uses another only through its declared contract; security and the shared packages know no capability;
 * no delegate calls another. Adding a process means adding a package, and these rules keep it that way.
 */
class ArchitectureTest {

    private static final String ROOT = "de.netzwerke.governance";
    /** Packages every capability may use; any other top-level package is a capability. */
    private static final Set<String> SHARED = Set.of("register", "process", "notification", "security", "voting", "web", "demo");

    private static JavaClasses classes;
    private static Set<String> capabilities;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
        capabilities = new TreeSet<>();
        for (JavaClass c : classes) {
            String rest = c.getPackageName().startsWith(ROOT + ".") ? c.getPackageName().substring(ROOT.length() + 1) : "";
            String top = rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
            if (!top.isEmpty() && !SHARED.contains(top) && !top.equals("db")) {
                capabilities.add(top);
            }
        }
    }

    @Test
    @DisplayName("the capabilities are found: founding and election")
    void capabilitiesAreFound() {
        assertThat(capabilities).contains("founding", "election");
    }

    @Test
    @DisplayName("rule classes (@Implements) import neither Camunda nor Spring nor the database")
    void ruleClassesArePlainJava() {
        noClasses().that().areAnnotatedWith(Implements.class)
                .should().dependOnClassesThat().resideInAnyPackage("org.camunda..", "org.springframework..", "jakarta..",
                        "org.hibernate..")
                .check(classes);
        noClasses().that().resideInAPackage(ROOT + ".voting..")
                .should().dependOnClassesThat().resideInAnyPackage("org.camunda..", "org.springframework..", "jakarta..")
                .check(classes);
    }

    @Test
    @DisplayName("a capability uses another only through classes marked @ProcessContract")
    void capabilitiesMeetThroughContracts() {
        for (String from : capabilities) {
            for (String to : capabilities) {
                if (!from.equals(to)) {
                    noClasses().that().resideInAPackage(ROOT + "." + from + "..")
                            .should().dependOnClassesThat(DescribedPredicate.describe(
                                    "are in " + to + " but not a @ProcessContract",
                                    (JavaClass c) -> c.getPackageName().startsWith(ROOT + "." + to)
                                            && !c.isAnnotatedWith(ProcessContract.class)))
                            .check(classes);
                }
            }
        }
    }

    @Test
    @DisplayName("security, the register and the other shared packages import no capability")
    void sharedPackagesKnowNoCapability() {
        for (String shared : SHARED) {
            for (String capability : capabilities) {
                noClasses().that().resideInAPackage(ROOT + "." + shared + "..")
                        .should().dependOnClassesThat().resideInAPackage(ROOT + "." + capability + "..")
                        .allowEmptyShould(true).check(classes);
            }
        }
    }

    @Test
    @DisplayName("the register imports neither security nor the process glue: they build on it, not it on them")
    void registerIsTheBottom() {
        noClasses().that().resideInAPackage(ROOT + ".register..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".security..", ROOT + ".process..",
                        ROOT + ".notification..", ROOT + ".demo..")
                .check(classes);
    }

    @Test
    @DisplayName("no delegate or listener calls another delegate or listener")
    void delegatesDoNotCallEachOther() {
        DescribedPredicate<JavaClass> glue = DescribedPredicate.describe("a delegate or listener",
                c -> c.isAssignableTo(JavaDelegate.class) || c.isAssignableTo(TaskListener.class)
                        || c.isAssignableTo(ExecutionListener.class));
        for (JavaClass delegate : classes.that(glue)) {
            noClasses().that().haveFullyQualifiedName(delegate.getFullName())
                    .should().dependOnClassesThat(DescribedPredicate.describe("another delegate or listener",
                            (JavaClass c) -> glue.test(c) && !c.getFullName().equals(delegate.getFullName())
                                    && !c.getPackageName().startsWith("org.camunda")))
                    .check(classes);
        }
    }
}
