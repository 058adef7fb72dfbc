package pl.asysta.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The domain is the statute in plain Java, readable and testable without any framework. */
@AnalyzeClasses(packages = "pl.asysta", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainArchitectureTest {

    @ArchTest
    static final ArchRule domain_speaks_no_framework = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "org.axonframework..", "jakarta.persistence..", "org.hibernate..",
                    "com.fasterxml.jackson..", "tools.jackson..", "com.vaadin..")
            .because("rules must be testable and changeable without Spring, Axon, JPA, Jackson or Vaadin");

    @ArchTest
    static final ArchRule domain_never_asks_the_machine_for_time_or_ids = ArchitectureRules.NO_CLOCK_OR_RANDOM_IDS;

    @ArchTest
    static final ArchRule domain_code_is_a_features_domain_package_or_a_shared_value = classes()
            .should().resideInAnyPackage("..domain..", "pl.asysta.shared..")
            .because("a package lives in one module: a feature's domain is <feature>.domain (docs/architecture.md)");

    @ArchTest
    static final ArchRule case_features_do_not_depend_on_each_other_in_circles = slices()
            .matching("pl.asysta.cases.(*)..")
            .should().beFreeOfCycles()
            .because("each case feature is a slice that uses only those below it (docs/architecture.md)");
}
