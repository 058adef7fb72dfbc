package pl.asysta.cases.sharing.ui;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

import pl.asysta.cases.familycase.ui.CasePages;
import pl.asysta.cases.familycase.ui.CaseScreenTest;
import pl.asysta.cases.sharing.SharingCommands;
import pl.asysta.cases.sharing.domain.ConsentId;
import pl.asysta.cases.timeline.TimelineRow;
import pl.asysta.institutions.Institution;
import pl.asysta.institutions.InstitutionRegister;
import pl.asysta.institutions.ui.InstitutionDirectory;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.InstitutionKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static pl.asysta.cases.familycase.ui.CaseFixture.ASSISTANT;
import static pl.asysta.cases.familycase.ui.CaseFixture.today;

/**
 * Case screens where other institutions take part: the demo gmina's school, health service, interdisciplinary
 * team, PCPR and court in the register, consents recorded through the real ledger, and the case page as each
 * of them sees it.
 */
public abstract class ManyAgenciesScreenTest extends CaseScreenTest {

    protected static final InstitutionId SCHOOL = new InstitutionId("szkola-podstawowa-1");
    protected static final InstitutionId HEALTH = new InstitutionId("przychodnia-zdrowie");
    protected static final InstitutionId TEAM = new InstitutionId("zespol-interdyscyplinarny");
    protected static final InstitutionId PCPR = new InstitutionId("pcpr-powiat");
    protected static final InstitutionId COURT = new InstitutionId("sad-rejonowy");
    protected static final InstitutionId CENTRE = new InstitutionId("ops-przykladowo");

    private static final Map<InstitutionId, InstitutionKind> GMINA = Map.of(
            SCHOOL, InstitutionKind.SCHOOL,
            HEALTH, InstitutionKind.HEALTH_SERVICE,
            TEAM, InstitutionKind.INTERDISCIPLINARY_TEAM,
            PCPR, InstitutionKind.FAMILY_SUPPORT_CENTRE,
            COURT, InstitutionKind.COURT,
            CENTRE, InstitutionKind.SOCIAL_WELFARE_CENTRE);

    @Autowired
    protected InstitutionRegister register;

    @Autowired
    protected InstitutionDirectory directory;

    @Autowired
    protected SharingCommands sharing;

    @BeforeEach
    protected void theGminasInstitutionsAreRegistered() {
        GMINA.forEach((id, kind) -> register.register(new Institution(id, directory.displayName(id), kind)));
    }

    /**
     * Each person works in their own browser: signing in starts a fresh session and UI, so no page drawn for the
     * previous person (the router would reuse it for the same route) is shown to the next.
     */
    @Override
    protected void signInAs(String username) {
        cleanVaadinEnvironment();
        super.signInAs(username);
        initVaadinEnvironment();
    }

    protected String name(InstitutionId institution) {
        return directory.displayName(institution);
    }

    /** Maria Kowalska consents, on form {@code Z/1}, to the school seeing the child's schooling and basic data. */
    protected ConsentId schoolConsent(CaseId caseId) {
        return sharing.recordConsent(caseId, "Maria Kowalska", SCHOOL, Set.of(DataCategory.EDUCATION,
                        DataCategory.BASIC), "Wsparcie Zosi w nauce", today(), today().plusMonths(6), "Z/1/2026",
                ASSISTANT).id();
    }

    /** Signs in as the school's staff and waits until the case page opens for them, as it does once granted. */
    protected void openAsTheSchool(CaseId caseId, String family) {
        signInAs("szkola");
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            open(CasePages.location(caseId));
            assertThat(pageHeading()).isEqualTo(family);
        });
    }

    /** Every row of the timeline as the page shows it now. */
    protected List<TimelineRow> timelineRows() {
        Grid<TimelineRow> grid = timeline();
        int size = test(grid).size();
        return IntStream.range(0, size).mapToObj(test(grid)::getRow).toList();
    }

    protected boolean shown(String id) {
        return find(Component.class).withId(id).exists();
    }

    /** The text of a grid cell drawn as a component (a badge with a note, a stack of lines). */
    protected <T> String componentText(Grid<T> grid, int row, int column) {
        return test(grid).getCellComponent(row, column).getElement().getTextRecursively();
    }

    /** The button a row of a grid offers in the given column, if any. */
    protected <T> Optional<Button> rowButton(Grid<T> grid, int row, int column) {
        return test(grid).getCellComponent(row, column).getChildren()
                .filter(Button.class::isInstance).map(Button.class::cast).findFirst();
    }

    protected static LocalDate inMonths(int months) {
        return today().plusMonths(months);
    }
}
