package pl.asysta.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.spring.stereotype.Aggregate;

/** How the application layer may be built; each rule names its reason. */
@AnalyzeClasses(packages = "pl.asysta", importOptions = ImportOption.DoNotIncludeTests.class)
class ApplicationArchitectureTest {

    @ArchTest
    static final ArchRule application_layer_has_no_vaadin_types = noClasses()
            .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
            .because("screens live in the ui module; the application layer must serve any front end");

    @ArchTest
    static final ArchRule aggregates_are_not_public = classes()
            .that().areAnnotatedWith(Aggregate.class)
            .should().notBePublic()
            .because("aggregates are reached through commands, never called directly")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule aggregates_never_ask_the_machine_for_time_or_ids = noClasses()
            .that().areAnnotatedWith(Aggregate.class)
            .should().callMethod(Instant.class, "now")
            .orShould().callMethod(LocalDate.class, "now")
            .orShould().callMethod(UUID.class, "randomUUID")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .because("replaying a stream must decide the same way every time (docs/architecture.md)")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule feature_packages_have_no_cycles = slices()
            .matching("pl.asysta.(*)..")
            .should().beFreeOfCycles()
            .because("features talk through their public API and events, never in circles");

    @ArchTest
    static final ArchRule case_features_do_not_depend_on_each_other_in_circles = slices()
            .matching("pl.asysta.cases.(*)..")
            .should().beFreeOfCycles()
            .because("each case feature is a slice that uses only those below it (docs/architecture.md)");

    @ArchTest
    static final ArchRule application_code_is_at_a_features_root_never_in_its_domain_or_screens = noClasses()
            .that(Modules.IN_APPLICATION)
            .should().resideInAnyPackage("..domain..", "..ui..")
            .because("a package lives in one module: <feature>.domain is the domain's, <feature>.ui the screens'");
}
