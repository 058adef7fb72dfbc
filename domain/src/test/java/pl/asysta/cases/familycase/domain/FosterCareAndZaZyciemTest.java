package pl.asysta.cases.familycase.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.asysta.cases.familycase.domain.FamilyCaseFixture.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import pl.asysta.cases.familycase.domain.ChildSupportStep.ConsultFosterCareCoordinator;
import pl.asysta.cases.familycase.domain.ChildSupportStep.DrawUpSupportCatalogue;
import pl.asysta.cases.familycase.domain.ChildSupportStep.RecordFosterCarePlacement;
import pl.asysta.cases.familycase.domain.ChildSupportStep.StartZaZyciemSupport;

class FosterCareAndZaZyciemTest {

    @Test
    void only_a_child_of_the_family_is_placed_in_foster_care() {
        assertThatThrownBy(() -> active().decide(new RecordFosterCarePlacement(MOTHER.memberId(), TODAY,
                "Rodzina zastępcza", COORDINATOR.userId(), "Ewa Dąbrowska", "PPD/1/26"), ASSISTANT, TODAY))
                .hasMessageContaining("case.not-a-child-of-family");
        assertThat(active().decide(new RecordFosterCarePlacement(SON.memberId(), TODAY,
                "Rodzina zastępcza spokrewniona", COORDINATOR.userId(), "Ewa Dąbrowska", "PPD/1/26"), ASSISTANT,
                TODAY)).hasSize(1);
    }

    @Test
    void the_coordinator_named_in_the_placement_records_their_consultation() {
        FamilyCase familyCase = active();
        familyCase.decide(new RecordFosterCarePlacement(SON.memberId(), TODAY, "Rodzina zastępcza spokrewniona",
                COORDINATOR.userId(), "Ewa Dąbrowska", "PPD/1/26"), ASSISTANT, TODAY).forEach(familyCase::apply);

        assertThat(familyCase.decide(new ConsultFosterCareCoordinator(SON.memberId(),
                "Plan pomocy dziecku uzgodniony."), COORDINATOR, TODAY)).hasSize(1);
    }

    @Test
    void a_coordinator_of_no_placement_in_the_family_cannot_write_in_its_case() {
        assertThatThrownBy(() -> active().decide(new ConsultFosterCareCoordinator(SON.memberId(), "Uwagi"),
                COORDINATOR, TODAY))
                .hasMessageContaining("case.not-your-case");
    }

    @Test
    void a_support_catalogue_needs_za_zyciem_support_first() {
        FamilyCase familyCase = active();
        List<SupportItem> items = List.of(new SupportItem("Rehabilitacja domowa", "NFZ"));
        assertThatThrownBy(() -> familyCase.decide(new DrawUpSupportCatalogue(items), ASSISTANT, TODAY))
                .hasMessageContaining("case.za-zyciem-not-started");

        familyCase.decide(new StartZaZyciemSupport(ZaZyciemGround.CHILD_WITH_SEVERE_DISABILITY), ASSISTANT, TODAY)
                .forEach(familyCase::apply);

        assertThat(familyCase.decide(new DrawUpSupportCatalogue(items), ASSISTANT, TODAY)).hasSize(1);
    }
}
