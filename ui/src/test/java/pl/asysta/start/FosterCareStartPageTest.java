package pl.asysta.start;

import java.time.Duration;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import pl.asysta.PortalTest;
import pl.asysta.cases.familycase.CaseDetails;
import pl.asysta.cases.familycase.CaseFileQueries;
import pl.asysta.cases.familycase.CaseSummary;
import pl.asysta.cases.familycase.ui.CaseFixture;
import pl.asysta.cases.familycase.ui.CasePages;
import pl.asysta.security.demo.DemoAccounts;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shell.SignedInBrowserlessTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static pl.asysta.cases.familycase.ui.CaseFixture.ASSISTANT;
import static pl.asysta.cases.familycase.ui.CaseFixture.today;
import static pl.asysta.cases.familycase.ui.CaseFixture.uniqueFamilyName;

@PortalTest
class FosterCareStartPageTest extends SignedInBrowserlessTest {

    private static final Actor COORDINATOR = DemoAccounts.find("koordynator").orElseThrow().actor();

    @Autowired
    CaseFixture cases;

    @Autowired
    CaseFileQueries queries;

    @Test
    void the_coordinator_sees_the_family_of_a_child_they_coordinate_and_opens_its_case() {
        String family = uniqueFamilyName("Pieczowscy");
        CaseId caseId = cases.active(family, ASSISTANT);
        CaseDetails details = queries.details(caseId, ASSISTANT).orElseThrow();
        String child = details.members().stream().filter(member -> member.firstName().equals("Zosia"))
                .findFirst().orElseThrow().memberId();
        cases.commands().recordFosterCarePlacement(caseId, child, today(), "Rodzina zastępcza niezawodowa",
                COORDINATOR.userId(), COORDINATOR.displayName(), "PPD/7/2026", ASSISTANT);
        await().atMost(Duration.ofSeconds(10)).until(() -> queries.details(caseId, COORDINATOR).isPresent());
        signInAs("koordynator");

        open("foster-care");

        @SuppressWarnings("unchecked")
        Grid<CaseSummary> coordinated = find(Grid.class).id("coordinated-cases");
        assertThat(coordinated.getListDataView().getItems().map(CaseSummary::familyName)).contains(family);
        open(CasePages.location(caseId));
        assertThat(find(H1.class).single().getText()).isEqualTo(family);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("PPD/7/2026");
    }
}
