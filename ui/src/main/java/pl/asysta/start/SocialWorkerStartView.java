package pl.asysta.start;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import pl.asysta.cases.access.ui.StartPage;
import pl.asysta.cases.familycase.CaseSummary;
import pl.asysta.cases.familycase.WorkListQueries;
import pl.asysta.cases.familycase.ui.CaseLists;
import pl.asysta.cases.familycase.ui.IntakePages;
import pl.asysta.forms.EmptyState;
import pl.asysta.security.CurrentActor;
import pl.asysta.security.Roles;
import pl.asysta.shared.Actor;
import pl.asysta.shared.Role;
import pl.asysta.time.ClockConfiguration;

/** The social worker's start: register a new family, and the cases they opened or work on. */
@Route("social-worker")
@RolesAllowed(Roles.SOCIAL_WORKER)
class SocialWorkerStartView extends StartPage {

    private final transient WorkListQueries workLists;
    private final transient Clock clock;
    private final transient Actor actor;

    SocialWorkerStartView(WorkListQueries workLists, Clock clock, CurrentActor currentActor) {
        super(Role.SOCIAL_WORKER);
        this.workLists = workLists;
        this.clock = clock.withZone(ClockConfiguration.CENTRE_ZONE);
        this.actor = currentActor.require();
    }

    @Override
    protected void showContent(Div content) {
        Button register = new Button(getTranslation("social-worker.register"), VaadinIcon.PLUS.create(),
                click -> IntakePages.open());
        register.setId("register-family");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        content.add(register);

        content.add(new H2(getTranslation("social-worker.cases")));
        var cases = workLists.casesFor(actor).stream()
                .sorted(Comparator.comparing(CaseSummary::status).thenComparing(CaseSummary::familyName))
                .toList();
        content.add(cases.isEmpty() ? EmptyState.of("social-worker.cases.none")
                : CaseLists.families("social-worker-cases", getTranslation("social-worker.cases"), cases,
                        LocalDate.now(clock), true));
    }
}
