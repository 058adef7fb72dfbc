package pl.asysta.cases.familycase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import pl.asysta.cases.familycase.CaseDetails.ConsentRow;
import pl.asysta.cases.familycase.CaseDetails.CourtOrderRow;
import pl.asysta.cases.familycase.CaseDetails.FosterPlacementRow;
import pl.asysta.cases.familycase.CaseDetails.MemberRow;
import pl.asysta.cases.familycase.CaseDetailsRedaction.Part;
import pl.asysta.cases.familycase.domain.Address;
import pl.asysta.cases.familycase.domain.CaseStatus;
import pl.asysta.cases.familycase.domain.ClosureReason;
import pl.asysta.cases.familycase.domain.Contact;
import pl.asysta.cases.familycase.domain.FamilyMember.Kinship;
import pl.asysta.cases.familycase.domain.MonitoringOutcome;
import pl.asysta.cases.familycase.domain.SupportItem;
import pl.asysta.cases.familycase.domain.ZaZyciemGround;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.UserId;

/**
 * What each data category hides of a case file's header, decided without a database: a reader sees a part only
 * when they may read its category, and the family's name and the people working with it always.
 */
class CaseDetailsRedactionTest {

    private static final Set<DataCategory> ALL = EnumSet.allOf(DataCategory.class);

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    /** A header with every part recorded, as the read model holds it. */
    private static final CaseDetails FULL = new CaseDetails(new CaseId("c-1"), "Kowalscy", CaseStatus.ACTIVE,
            new InstitutionId("ops-przykladowo"),
            List.of(new MemberRow("m1", "Jan", "Kowalski", Kinship.PARENT, DAY.minusYears(35), 35),
                    new MemberRow("m2", "Zofia", "Kowalska", Kinship.CHILD, DAY.minusYears(7), 7)),
            new Address("Polna 1", "00-001", "Przykładowo"), new Contact("600100200", "kowalscy@example.org"),
            LegalBasisKind.CONSENT_AND_COURT_ORDER,
            new ConsentRow("Jan Kowalski", DAY.minusMonths(3), "ZG/1", true, null),
            new CourtOrderRow("Sąd Rejonowy w Przykładowie", "III Nsm 12/26", DAY.minusMonths(2)),
            true, new UserId("as-1"), "Anna Asystentka", DAY.minusMonths(3), new UserId("pr-1"), "Beata Socjalna",
            2, DAY.minusMonths(1), DAY.plusMonths(5),
            ClosureReason.GOALS_ACHIEVED, "Cele osiągnięte", DAY.minusDays(10), DAY.plusMonths(3),
            MonitoringOutcome.SITUATION_STABLE,
            List.of(new FosterPlacementRow("m2", "Zofia Kowalska", DAY.minusDays(3), "Rodzina zastępcza",
                    new UserId("ko-1"), "Piotr Koordynator", "PPD/3")),
            ZaZyciemGround.CHILD_WITH_SEVERE_DISABILITY,
            List.of(new SupportItem("Rehabilitacja", "NFZ")), ALL);

    /** The parts of the header each category hides, by the names of the header's fields. */
    static Stream<Arguments> whatEachCategoryHides() {
        return Stream.of(
                arguments(DataCategory.BASIC, List.of("members", "address", "contact", "closureReason",
                        "closureSummary", "closedOn", "monitoringUntil", "monitoringOutcome")),
                arguments(DataCategory.COURT, List.of("courtOrder", "fosterPlacements")),
                arguments(DataCategory.CONSENT, List.of("consent")),
                arguments(DataCategory.HEALTH, List.of("zaZyciemGround")),
                arguments(DataCategory.SUPPORT, List.of("supportCatalogue")),
                arguments(DataCategory.PLAN, List.of("planVersion")),
                arguments(DataCategory.ASSESSMENT, List.of("lastAssessmentOn", "nextAssessmentDue")));
    }

    @Test
    void a_reader_of_every_category_sees_the_whole_header() {
        assertThat(CaseDetailsRedaction.redact(FULL, ALL)).isEqualTo(FULL);
    }

    @ParameterizedTest(name = "without {0} the reader does not see {1}, and sees all else")
    @MethodSource("whatEachCategoryHides")
    void without_a_category_its_parts_are_hidden_and_nothing_else(DataCategory category, List<String> parts) {
        Set<DataCategory> readable = EnumSet.complementOf(EnumSet.of(category));

        CaseDetails seen = CaseDetailsRedaction.redact(FULL, readable);

        assertThat(hidden(seen)).isEqualTo(Set.copyOf(parts));
        assertThat(seen.visibleCategories()).isEqualTo(readable);
        assertThat(seen).usingRecursiveComparison().ignoringFields(fieldsAnd(parts, "visibleCategories"))
                .isEqualTo(FULL);
    }

    @ParameterizedTest(name = "a reader of {0} alone sees {1} and no other part")
    @MethodSource("whatEachCategoryHides")
    void a_reader_of_one_category_sees_its_parts_and_no_other_part(DataCategory category, List<String> parts) {
        CaseDetails seen = CaseDetailsRedaction.redact(FULL, Set.of(category));

        Set<String> everyPart = whatEachCategoryHides().flatMap(row -> ((List<?>) row.get()[1]).stream())
                .map(String.class::cast).collect(Collectors.toSet());
        Set<String> others = new HashSet<>(everyPart);
        parts.forEach(others::remove);
        assertThat(hidden(seen)).isEqualTo(others);
        for (String part : parts) {
            assertThat(value(seen, part)).as(part).isEqualTo(value(FULL, part));
        }
    }

    @Test
    void the_family_its_status_legal_basis_and_the_people_working_with_it_always_show() {
        CaseDetails seen = CaseDetailsRedaction.redact(FULL, Set.of(DataCategory.EDUCATION));

        assertThat(seen.familyName()).isEqualTo("Kowalscy");
        assertThat(seen.status()).isEqualTo(CaseStatus.ACTIVE);
        assertThat(seen.centre()).isEqualTo(FULL.centre());
        assertThat(seen.legalBasis()).isEqualTo(LegalBasisKind.CONSENT_AND_COURT_ORDER);
        assertThat(seen.assistantRequested()).isTrue();
        assertThat(seen.assistantName()).isEqualTo("Anna Asystentka");
        assertThat(seen.assistantSince()).isEqualTo(FULL.assistantSince());
        assertThat(seen.socialWorkerName()).isEqualTo("Beata Socjalna");
        assertThat(seen.visibleCategories()).containsExactly(DataCategory.EDUCATION);
        assertThat(seen.members()).isEmpty();
        assertThat(seen.address()).isNull();
        assertThat(seen.consent()).isNull();
        assertThat(seen.planVersion()).isZero();
    }

    @Test
    void categories_of_other_information_hide_nothing_of_the_header() {
        Set<DataCategory> others = EnumSet.of(DataCategory.VISITS, DataCategory.EDUCATION, DataCategory.VIOLENCE,
                DataCategory.FINANCE);

        CaseDetails seen = CaseDetailsRedaction.redact(FULL, EnumSet.complementOf(EnumSet.copyOf(others)));

        assertThat(hidden(seen)).isEmpty();
        assertThat(seen).usingRecursiveComparison().ignoringFields("visibleCategories").isEqualTo(FULL);
    }

    @Test
    void each_part_is_read_for_the_category_that_shows_it() {
        Map<Part, DataCategory> categories = Arrays.stream(Part.values())
                .collect(Collectors.toMap(Function.identity(), Part::category));

        assertThat(categories).containsExactlyInAnyOrderEntriesOf(Map.of(
                Part.COMPOSITION, DataCategory.BASIC, Part.CONTACT, DataCategory.BASIC,
                Part.CLOSURE, DataCategory.BASIC, Part.CONSENT, DataCategory.CONSENT,
                Part.COURT_ORDER, DataCategory.COURT, Part.FOSTER_PLACEMENTS, DataCategory.COURT,
                Part.ZA_ZYCIEM, DataCategory.HEALTH, Part.SUPPORT_CATALOGUE, DataCategory.SUPPORT,
                Part.PLAN_VERSION, DataCategory.PLAN, Part.ASSESSMENT, DataCategory.ASSESSMENT));
        for (Part part : Part.values()) {
            assertThat(part.readableWith(Set.of(part.category()))).as(part.name()).isTrue();
            assertThat(part.readableWith(EnumSet.complementOf(EnumSet.of(part.category())))).as(part.name())
                    .isFalse();
        }
    }

    /** The fields of the header that show nothing: no rows, no value, or no plan. */
    private static Set<String> hidden(CaseDetails details) {
        Set<String> hidden = new HashSet<>();
        for (RecordComponent component : CaseDetails.class.getRecordComponents()) {
            Object value = value(details, component.getName());
            boolean empty = value == null || value instanceof List<?> list && list.isEmpty()
                    || Integer.valueOf(0).equals(value);
            if (empty) {
                hidden.add(component.getName());
            }
        }
        return hidden;
    }

    private static Object value(CaseDetails details, String field) {
        try {
            return CaseDetails.class.getMethod(field).invoke(details);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(field, e);
        }
    }

    private static String[] fieldsAnd(List<String> parts, String more) {
        List<String> fields = new ArrayList<>(parts);
        fields.add(more);
        return fields.toArray(String[]::new);
    }
}
