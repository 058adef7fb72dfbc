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
            .because("replaying a stream must decide the same way every time (DESIGN section 4)")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule feature_packages_have_no_cycles = slices()
            .matching("pl.asysta.(*)..")
            .should().beFreeOfCycles()
            .because("features talk through their public API and events, never in circles");
}
