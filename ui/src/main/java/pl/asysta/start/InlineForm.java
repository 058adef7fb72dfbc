package pl.asysta.start;

import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.i18n.I18NProvider;

import pl.asysta.errors.ErrorMessages;
import pl.asysta.forms.FieldChecks;

/**
 * A form on the page itself rather than in a dialog, for a phone: fields one under another, one wide button.
 * Like a {@link pl.asysta.forms.CommandDialog}, its fields are checked first, and a refusal by the server is said
 * above the fields in the person's language while everything typed stays; only a success clears it (the page is
 * drawn again).
 */
abstract class InlineForm extends Div {

    private final transient ErrorMessages errorMessages;
    private final Paragraph problem = new Paragraph();
    protected final Button submit = new Button();
    private transient Runnable afterSave = () -> { };

    InlineForm(String id, String submitKey, ErrorMessages errorMessages) {
        this.errorMessages = errorMessages;
        setId(id);
        addClassName("inline-form");
        problem.setId(id + "-problem");
        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        Paragraph hint = new Paragraph(I18NProvider.translate("form.required-hint"));
        hint.addClassName("form-hint");
        submit.setText(I18NProvider.translate(submitKey));
        submit.setId(id + "-save");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        submit.addClassName("wide-button");
        submit.addClickListener(click -> save());
        add(problem, hint);
    }

    InlineForm onSaved(Runnable afterSave) {
        this.afterSave = afterSave;
        return this;
    }

    /** Marks what is missing or wrong; the command is sent only when nothing is. */
    abstract void check(FieldChecks checks);

    /** Sends the command; a {@link RuntimeException} is the server's refusal. */
    abstract void send();

    void save() {
        hideProblem();
        descendants(this).filter(HasValidation.class::isInstance).map(HasValidation.class::cast)
                .forEach(field -> field.setInvalid(false));
        FieldChecks checks = new FieldChecks();
        check(checks);
        if (!checks.passed()) {
            showProblem(I18NProvider.translate("form.fix-fields"));
            return;
        }
        try {
            send();
        } catch (RuntimeException refusal) {
            showProblem(errorMessages.describe(refusal, getLocale()));
            return;
        }
        Notification saved = Notification.show(I18NProvider.translate("form.saved"), 4000,
                Notification.Position.BOTTOM_CENTER);
        saved.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        saved.getElement().setAttribute("role", "status");
        afterSave.run();
    }

    /** What the person is told about a refusal or the fields to fix; empty while there is nothing to say. */
    String problem() {
        return problem.isVisible() ? problem.getText() : "";
    }

    void showProblem(String sentence) {
        problem.setText(sentence);
        problem.setVisible(true);
    }

    private void hideProblem() {
        problem.setText("");
        problem.setVisible(false);
    }

    private static Stream<Component> descendants(Component root) {
        return root.getChildren().flatMap(child -> Stream.concat(Stream.of(child), descendants(child)));
    }
}
