package pl.asysta.start;

import java.util.Comparator;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import pl.asysta.cases.familycase.CaseSummary;
import pl.asysta.caseview.CaseServices;
import pl.asysta.intake.IntakePages;
import pl.asysta.security.CurrentActor;
import pl.asysta.security.Roles;
import pl.asysta.shared.Actor;
import pl.asysta.shared.Role;

/** The social worker's start: register a new family, and the cases they opened or work on. */
@Route("social-worker")
@RolesAllowed(Roles.SOCIAL_WORKER)
class SocialWorkerStartView extends StartPage {

    private final transient CaseServices services;
    private final transient Actor actor;

    SocialWorkerStartView(CaseServices services, CurrentActor currentActor) {
        super(Role.SOCIAL_WORKER);
        this.services = services;
        this.actor = currentActor.require();
    }

    @Override
    void showContent(Div content) {
        Button register = new Button(getTranslation("social-worker.register"), VaadinIcon.PLUS.create(),
                click -> IntakePages.open());
        register.setId("register-family");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        content.add(register);

        content.add(new H2(getTranslation("social-worker.cases")));
        var cases = services.workLists().casesFor(actor).stream()
                .sorted(Comparator.comparing(CaseSummary::status).thenComparing(CaseSummary::familyName))
                .toList();
        content.add(cases.isEmpty() ? CaseLists.empty("social-worker.cases.none")
                : CaseLists.families("social-worker-cases", getTranslation("social-worker.cases"), cases,
                        services.today(), true));
    }
}
