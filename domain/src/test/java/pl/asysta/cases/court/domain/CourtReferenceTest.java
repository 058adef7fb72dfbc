package pl.asysta.cases.court.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import pl.asysta.shared.DomainRuleViolation;

/** A court file reference is read the way clerks type it, and anything else is refused with a clear reason. */
class CourtReferenceTest {

    @ParameterizedTest(name = "\"{0}\" reads as {1}")
    @CsvSource(delimiter = '|', value = {
            "III RC 123/26|III RC 123/26|III|RC",
            "III Nsm 45/25|III Nsm 45/25|III|Nsm",
            "  iii   Nsm  45 / 25 |III Nsm 45/25|III|Nsm",
            "XIV RCa 0012/24|XIV RCa 12/24|XIV|RCa",
            "I C 1/99|I C 1/99|I|C",
            "VI Nkd 908/26|VI Nkd 908/26|VI|Nkd"})
    void the_usual_shapes_are_read_and_tidied(String typed, String expected, String department, String repertory) {
        CourtReference reference = CourtReference.parse(typed);

        assertThat(reference.value()).isEqualTo(expected);
        assertThat(reference.department()).isEqualTo(department);
        assertThat(reference.repertory()).isEqualTo(repertory);
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"123/26", "III RC 123", "III RC 123/2026", "IIII RC 1/26", "3 RC 1/26", "III 123/26",
            "III RC abc/26", "sprawa Nowaków", "III RC 1234567/26"})
    void other_shapes_are_refused_with_what_was_typed(String typed) {
        assertThatThrownBy(() -> CourtReference.parse(typed)).isInstanceOfSatisfying(DomainRuleViolation.class,
                violation -> {
                    assertThat(violation.messageKey()).isEqualTo("court.reference-invalid");
                    assertThat(violation.arguments()).containsExactly(typed.strip());
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void a_missing_reference_is_said_to_be_missing(String typed) {
        assertThatThrownBy(() -> CourtReference.parse(typed)).isInstanceOfSatisfying(DomainRuleViolation.class,
                violation -> assertThat(violation.messageKey()).isEqualTo("court.reference-missing"));
    }
}
