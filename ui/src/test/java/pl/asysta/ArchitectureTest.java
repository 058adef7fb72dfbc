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
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;


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

    @Test
    void case_features_do_not_depend_on_each_other_in_circles_in_any_module() {
        slices().matching("pl.asysta.cases.(*)..").should().beFreeOfCycles().check(PORTAL);
    }

    @Test
    void every_case_class_belongs_to_a_feature_slice_none_sits_above_them_all() {
        noClasses().should().resideInAPackage("pl.asysta.cases")
                .because("a class directly in pl.asysta.cases is in no slice, and the cycle rule cannot see it")
                .check(PORTAL);
    }

    @Test
    void case_features_use_only_the_features_the_architecture_document_allows_them() throws IOException {
        Map<String, Set<String>> allowed = sliceDependencies(Path.of("..", "docs", "architecture.md"));
        Set<String> inCode = PORTAL.stream().map(JavaClass::getPackageName)
                .filter(name -> name.startsWith("pl.asysta.cases."))
                .map(name -> name.split("\\.")[3])
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(allowed.keySet()).as("the slices docs/architecture.md names")
                .containsExactlyInAnyOrderElementsOf(inCode);
        allowed.forEach((slice, uses) -> {
            String[] others = inCode.stream().filter(other -> !other.equals(slice) && !uses.contains(other))
                    .map(other -> "pl.asysta.cases." + other + "..").toArray(String[]::new);
            if (others.length > 0) {
                noClasses().that().resideInAPackage("pl.asysta.cases." + slice + "..")
                        .should().dependOnClassesThat().resideInAnyPackage(others)
                        .because("docs/architecture.md lets " + slice + " use only " + uses)
                        .check(PORTAL);
            }
        });
    }

    /** The fenced {@code slice-dependencies} block of the architecture document: each slice and what it may use. */
    private static Map<String, Set<String>> sliceDependencies(Path document) throws IOException {
        List<String> lines = Files.readAllLines(document);
        int start = lines.indexOf("```slice-dependencies");
        assertThat(start).as("a slice-dependencies block in %s", document).isNotNegative();
        Map<String, Set<String>> allowed = new LinkedHashMap<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("```")) {
                break;
            }
            String[] parts = line.split(":", 2);
            allowed.put(parts[0].strip(), parts[1].isBlank() ? Set.of()
                    : Set.of(parts[1].strip().split("\\s*,\\s*")));
        }
        return allowed;
    }

    @Test
    void a_package_lives_in_exactly_one_module() {
        Map<String, Set<String>> modules = new TreeMap<>();
        PORTAL.forEach(type -> Modules.of(type).ifPresent(module ->
                modules.computeIfAbsent(type.getPackageName(), name -> new TreeSet<>()).add(module)));
        assertThat(modules).as("the modules of each package").isNotEmpty()
                .allSatisfy((pkg, in) -> assertThat(in).as(pkg).hasSize(1));
        assertThat(modules.values().stream().flatMap(Set::stream).distinct())
                .containsExactlyInAnyOrder("domain", "application", "ui");
    }

    @Test
    void screens_live_in_a_features_ui_package_or_a_page_of_their_own_never_in_a_domain_package() {
        noClasses().that(DescribedPredicate.describe("are built in the ui module",
                        type -> Modules.of(type).filter("ui"::equals).isPresent()))
                .should().resideInAPackage("..domain..")
                .check(PORTAL);
    }

    @Test
    void case_features_never_reach_up_into_the_pages_that_compose_them() {
        noClasses().that().resideInAPackage("pl.asysta.cases..")
                .should().dependOnClassesThat().resideInAnyPackage("pl.asysta.caseview..", "pl.asysta.start..",
                        "pl.asysta.intake..", "pl.asysta.shell..", "pl.asysta.accessreview..", "pl.asysta.events..",
                        "pl.asysta.integrity..", "pl.asysta.rebuild..")
                .check(PORTAL);
    }

    @Test
    void no_screen_holds_a_request_while_it_waits() {
        noClasses().that(DescribedPredicate.describe("are built in the ui module",
                        type -> Modules.of(type).filter("ui"::equals).isPresent()))
                .should().callMethod(Thread.class, "sleep", long.class)
                .orShould().callMethod(Thread.class, "sleep", long.class, int.class)
                .orShould().callMethod(Thread.class, "sleep", java.time.Duration.class)
                .because("a page shows a command's outcome once the read model has it, asking the browser to poll "
                        + "(pl.asysta.cases.readmodel.ui.CatchUp)")
                .check(PORTAL);
    }
}
