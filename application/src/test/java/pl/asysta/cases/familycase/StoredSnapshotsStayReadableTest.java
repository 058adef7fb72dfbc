package pl.asysta.cases.familycase;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import com.fasterxml.jackson.databind.ObjectMapper;

import pl.asysta.cases.access.domain.TeamRole;
import pl.asysta.cases.familycase.domain.CaseStatus;
import pl.asysta.cases.familycase.domain.FamilyCaseState;
import pl.asysta.cases.familycase.domain.StepKind;
import pl.asysta.shared.Actor;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.Role;
import pl.asysta.shared.UserId;

/**
 * Snapshots of family cases are stored for years. Ones written before the case's state became an immutable record
 * (these texts were written by that code) must still restore a case that decides as it did, and a snapshot written
 * now has exactly their shape.
 */
@SpringBootTest
class StoredSnapshotsStayReadableTest {

    static final String STORED_TYPE = "pl.asysta.cases.command.FamilyCaseAggregate";

    /** An active case with a plan, a placed child and "Za życiem" support, as the earlier code stored it. */
    static final String ACTIVE = """
            {"caseId":"case-old","familyCase":{"caseId":{"value":"case-old"},"centre":{"value":"ops-przykladowo"},\
            "socialWorker":{"value":"pracownik"},"familyName":"Nowak","members":[{"memberId":"m-1",\
            "firstName":"Joanna","lastName":"Nowak","kinship":"PARENT","birthDate":[1988,5,12],"child":false},\
            {"memberId":"m-2","firstName":"Kacper","lastName":"Nowak","kinship":"CHILD","birthDate":[2015,2,3],\
            "child":true}],"status":"ACTIVE","assistantRequested":true,"consentInForce":true,"courtOrdered":true,\
            "assistant":{"value":"asystent"},"assessmentClockStart":[2026,3,15],"planVersion":1,\
            "openActions":["a-1"],"completedActions":["a-2"],"droppedActions":["a-3"],"zaZyciem":true,\
            "monitoringUntil":null,"coordinators":[{"value":"koordynator"}]}}""";

    /** A case in monitoring stored before coordinators were kept in snapshots. */
    static final String WITHOUT_COORDINATORS = """
            {"caseId":"case-older","familyCase":{"caseId":{"value":"case-older"},\
            "centre":{"value":"ops-przykladowo"},"socialWorker":{"value":"pracownik"},"familyName":"Wróbel",\
            "members":[],"status":"MONITORING","assistantRequested":true,"consentInForce":true,\
            "courtOrdered":false,"assistant":{"value":"asystent"},"assessmentClockStart":[2025,10,1],\
            "planVersion":0,"openActions":[],"completedActions":[],"droppedActions":[],"zaZyciem":false,\
            "monitoringUntil":[2026,6,16]}}""";

    static final LocalDate TODAY = LocalDate.of(2026, 3, 16);
    static final InstitutionId CENTRE = new InstitutionId("ops-przykladowo");

    @Autowired
    Serializer serializer;
    @Autowired
    ObjectMapper defaultAxonObjectMapper;

    @Test
    void a_snapshot_stored_by_the_earlier_code_restores_a_case_that_decides_as_before() throws Exception {
        FamilyCaseAggregate restored = restore(ACTIVE);

        FamilyCaseState state = restored.familyCase.state();
        assertThat(restored.caseId).isEqualTo("case-old");
        assertThat(state.status()).isEqualTo(CaseStatus.ACTIVE);
        assertThat(state.members()).extracting(member -> member.firstName()).containsExactly("Joanna", "Kacper");
        assertThat(state.openActions()).containsExactly("a-1");
        assertThat(state.completedActions()).containsExactly("a-2");
        assertThat(state.droppedActions()).containsExactly("a-3");
        assertThat(state.assessmentClockStart()).isEqualTo(LocalDate.of(2026, 3, 15));
        Actor coordinator = actor("koordynator", Role.FOSTER_CARE_COORDINATOR, new InstitutionId("pcpr-powiat"));
        assertThat(restored.familyCase.partOf(coordinator, TODAY, List.of()).roles())
                .containsExactly(TeamRole.COORDINATOR);
        assertThat(restored.familyCase.permittedSteps(actor("asystent", Role.FAMILY_ASSISTANT, CENTRE), TODAY,
                List.of())).contains(StepKind.COORDINATION, StepKind.SUPPORT_CATALOGUE)
                .doesNotContain(StepKind.ZA_ZYCIEM);

        assertThat(defaultAxonObjectMapper.readTree(written(restored)))
                .as("a snapshot written now has the stored shape")
                .isEqualTo(defaultAxonObjectMapper.readTree(ACTIVE));
    }

    @Test
    void a_snapshot_from_before_coordinators_were_kept_reads_as_a_case_without_any() {
        FamilyCaseAggregate restored = restore(WITHOUT_COORDINATORS);

        assertThat(restored.familyCase.state().coordinators()).isEmpty();
        assertThat(restored.familyCase.permittedSteps(actor("asystent", Role.FAMILY_ASSISTANT, CENTRE), TODAY,
                List.of())).containsExactly(StepKind.WITHDRAW_CONSENT, StepKind.MONITORING_ENTRY,
                StepKind.END_MONITORING);
    }

    private FamilyCaseAggregate restore(String json) {
        return serializer.deserialize(new SimpleSerializedObject<>(json.getBytes(StandardCharsets.UTF_8),
                byte[].class, STORED_TYPE, null));
    }

    private String written(FamilyCaseAggregate aggregate) {
        return new String(serializer.serialize(aggregate, byte[].class).getData(), StandardCharsets.UTF_8);
    }

    private static Actor actor(String id, Role role, InstitutionId institution) {
        return new Actor(new UserId(id), id, Set.of(role), institution);
    }
}
