package pl.asysta.cases.familycase.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import pl.asysta.cases.familycase.CaseCommands;
import pl.asysta.cases.familycase.domain.Address;
import pl.asysta.cases.familycase.domain.Contact;
import pl.asysta.cases.familycase.domain.FamilyMember.Kinship;
import pl.asysta.cases.readmodel.ui.CatchUp;
import pl.asysta.errors.ErrorMessages;
import pl.asysta.eventstore.Created;
import pl.asysta.forms.FieldChecks;
import pl.asysta.forms.Fields;
import pl.asysta.forms.RepeatingRows;
import pl.asysta.security.CurrentActor;
import pl.asysta.security.Roles;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.time.ClockConfiguration;

/**
 * The social worker registers a family: its name, address, contact and members. Registering opens the case, and
 * the social worker lands on its page to record the environmental interview, the request for an assistant and
 * the legal basis, once the read model has the new case. A refused registration keeps everything typed and says
 * why.
 */
@Route("intake")
@RolesAllowed(Roles.SOCIAL_WORKER)
class IntakeView extends VerticalLayout implements HasDynamicTitle {

    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{2}-\\d{3}");

    private final transient CaseCommands commands;
    private final transient CatchUp catchUp;
    private final transient ErrorMessages errors;
    private final transient Clock clock;
    private final transient Actor actor;
    private final Paragraph problem = new Paragraph();
    private final Button register = new Button();
    private final TextField familyName = Fields.line(getTranslation("intake.family-name"), true);
    private final TextField street = Fields.line(getTranslation("intake.street"), false);
    private final TextField postalCode = Fields.line(getTranslation("intake.postal-code"), false);
    private final TextField town = Fields.line(getTranslation("intake.town"), true);
    private final TextField phone = Fields.line(getTranslation("intake.phone"), false);
    private final EmailField email = new EmailField(getTranslation("intake.email"));
    private final RepeatingRows<MemberEditor> members = new RepeatingRows<>("intake.member.legend",
            "intake.member.add", "intake.member.remove", number -> new MemberEditor(Kinship.CHILD));

    IntakeView(CaseCommands commands, CatchUp catchUp, ErrorMessages errors, Clock clock,
               CurrentActor currentActor) {
        this.commands = commands;
        this.catchUp = catchUp;
        this.errors = errors;
        this.clock = clock.withZone(ClockConfiguration.CENTRE_ZONE);
        this.actor = currentActor.require();
        addClassName("intake-page");

        problem.setId("intake-problem");
        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);

        familyName.setId("intake-family-name");
        familyName.setHelperText(getTranslation("intake.family-name.hint"));
        street.setId("intake-street");
        postalCode.setId("intake-postal-code");
        postalCode.setHelperText(getTranslation("intake.postal-code.hint"));
        town.setId("intake-town");
        phone.setId("intake-phone");
        email.setId("intake-email");
        email.setErrorMessage(getTranslation("intake.email.invalid"));
        members.setId("intake-members");
        members.add(new MemberEditor(Kinship.PARENT));

        FormLayout family = new FormLayout();
        family.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        family.add(familyName, 2);
        family.add(street, 2);
        family.add(postalCode, town, phone, email);

        register.setText(getTranslation("intake.register"));
        register.addClickListener(click -> register());
        register.setId("intake-register");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("form.cancel"), click -> UI.getCurrent().navigate(""));
        cancel.setId("intake-cancel");
        Div buttons = new Div(cancel, register);
        buttons.addClassName("form-buttons");

        Paragraph requiredHint = new Paragraph(getTranslation("form.required-hint"));
        requiredHint.addClassName("form-hint");
        add(new H1(getTranslation("intake.title")), new Paragraph(getTranslation("intake.lead")), requiredHint,
                problem, new H2(getTranslation("intake.family")), family, new H2(getTranslation("intake.members")),
                members, buttons);
    }

    private void register() {
        problem.setVisible(false);
        descendants(this).filter(HasValidation.class::isInstance).map(HasValidation.class::cast)
                .forEach(field -> field.setInvalid(false));
        FieldChecks checks = new FieldChecks();
        checks.required(familyName).required(town);
        if (!postalCode.isEmpty()) {
            checks.check(postalCode, POSTAL_CODE.matcher(postalCode.getValue().strip()).matches(),
                    "intake.postal-code.invalid");
        }
        checks.check(email, !email.isInvalid(), "intake.email.invalid");
        members.rows().forEach(member -> member.check(checks, LocalDate.now(clock)));
        if (!checks.passed()) {
            showProblem(getTranslation("form.fix-fields"));
            return;
        }
        if (members.rows().isEmpty()) {
            showProblem(getTranslation("rule.case.members-missing"));
            return;
        }
        Created<CaseId> registered;
        try {
            registered = commands.registerFamily(Fields.value(familyName),
                    members.rows().stream().map(MemberEditor::value).toList(),
                    new Address(Fields.value(street), Fields.value(postalCode), Fields.value(town)),
                    new Contact(Fields.value(phone), email.isEmpty() ? null : email.getValue().strip()), actor);
        } catch (RuntimeException refusal) {
            showProblem(errors.describe(refusal, getLocale()));
            return;
        }
        register.setEnabled(false);
        catchUp.redraw(this, registered.recorded(), () -> CasePages.open(registered.id()), () -> {
            // Stored, but the case list has not caught up yet: say so rather than open a page that is not there.
            Notification.show(getTranslation("intake.registered-pending"), 8000, Notification.Position.MIDDLE);
            UI.getCurrent().navigate("social-worker");
        });
    }

    private void showProblem(String sentence) {
        problem.setText(sentence);
        problem.setVisible(true);
    }

    private static Stream<Component> descendants(Component root) {
        return root.getChildren().flatMap(child -> Stream.concat(Stream.of(child), descendants(child)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("intake.title"));
    }
}
