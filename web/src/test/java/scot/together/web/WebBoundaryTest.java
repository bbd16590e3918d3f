package scot.together.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The web speaks to the rest of Together only through Axon's gateways and the shared API, so
 * that the command and query sides can move to other processes without it changing.
 */
class WebBoundaryTest {

    private final JavaClasses web = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("scot.together.web");

    @Test
    void theWebIsNotEmptyToCheck() {
        assertThat(web.contain("scot.together.web.api.ChildrenController")).isTrue();
    }

    @Test
    void webClassesNeverUseTheCommandOrQuerySide() {
        noClasses().that().resideInAPackage("scot.together.web..")
                .should().dependOnClassesThat().resideInAnyPackage("scot.together.command..", "scot.together.query..")
                .because("the web talks only to Axon's CommandGateway and QueryGateway")
                .check(web);
    }

    @Test
    void theCommandAndQuerySidesAreNotEvenOnTheWebsClasspath() {
        assertThatThrownBy(() -> Class.forName("scot.together.command.child.Child"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("scot.together.query.children.ChildQueries"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void theWebsBuildDoesNotDependOnTheCommandOrQuerySide() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        assertThat(pom).contains("<artifactId>web</artifactId>")
                .doesNotContain("<artifactId>command-side</artifactId>")
                .doesNotContain("<artifactId>query-side</artifactId>");
    }
}
