package pl.asysta;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

class ArchitectureTest {

    private static final JavaClasses PORTAL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("pl.asysta");

    @Test
    void views_are_not_public_because_nobody_but_the_router_creates_them() {
        classes().that().areAnnotatedWith(Route.class).or().implement(HasErrorParameter.class)
                .should().notBePublic()
                .check(PORTAL);
    }

    @Test
    void every_route_says_which_roles_open_it() {
        classes().that().areAnnotatedWith(Route.class)
                .and().areNotAnnotatedWith(AnonymousAllowed.class)
                .and().areNotAnnotatedWith(PermitAll.class)
                .should().beAnnotatedWith(RolesAllowed.class)
                .check(PORTAL);
    }

    @Test
    void only_the_sign_in_dispatch_and_error_pages_skip_a_role_check() {
        classes().that().areAnnotatedWith(Route.class)
                .and().areAnnotatedWith(AnonymousAllowed.class).or().areAnnotatedWith(PermitAll.class)
                .and().areAnnotatedWith(Route.class)
                .should().haveSimpleNameEndingWith("LoginView")
                .orShould().haveSimpleName("RootView")
                .orShould().haveSimpleName("SignInRefusedView")
                .orShould().haveSimpleName("SignInUnavailableView")
                .check(PORTAL);
    }

    @Test
    void screens_reach_commands_and_queries_only_through_the_use_case_facades() {
        DescribedPredicate<JavaClass> screens = DescribedPredicate.describe("use Vaadin",
                type -> type.getDirectDependenciesFromSelf().stream()
                        .anyMatch(dependency -> dependency.getTargetClass().getPackageName().startsWith("com.vaadin")));
        noClasses().that(screens)
                .should().dependOnClassesThat().resideInAPackage("org.axonframework..")
                .check(PORTAL);
    }

    @Test
    void feature_packages_do_not_depend_on_each_other_in_circles() {
        slices().matching("pl.asysta.(*)..").should().beFreeOfCycles().check(PORTAL);
    }
}
