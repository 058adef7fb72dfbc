package pl.asysta.forms;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.i18n.I18NProvider;

import pl.asysta.errors.ErrorMessages;
import pl.asysta.eventstore.Recorded;

/**
 * A form on the page itself rather than in a dialog, for a phone: fields one under another, one wide button.
 * Like a {@link CommandDialog}, its fields are checked first, and a refusal by the server is said above the fields
 * in the person's language while everything typed stays; only a success clears it (the page is drawn again once
 * the read model has it, and until then the form sends nothing more).
 */
public abstract class InlineForm extends Div {

    private final transient ErrorMessages errorMessages;
    private final CommandForm commandForm;
    /** The wide button that sends the command; the form places it below its fields. */
    public final Button submit = new Button();
    private transient Consumer<Recorded> afterSave = recorded -> { };

    /** {@code id} names the form's element; its problem line and button are {@code id-problem}, {@code id-save}. */
    protected InlineForm(String id, String submitKey, ErrorMessages errorMessages) {
        this.errorMessages = errorMessages;
        this.commandForm = new CommandForm(this, id + "-problem");
        setId(id);
        addClassName("inline-form");
        Paragraph hint = new Paragraph(I18NProvider.translate("form.required-hint"));
        hint.addClassName("form-hint");
        submit.setText(I18NProvider.translate(submitKey));
        submit.setId(id + "-save");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        submit.addClassName("wide-button");
        submit.addClickListener(click -> save());
        add(commandForm.problemLine(), hint);
    }

    /**
     * Runs after the command succeeded, with what it stored: the page draws the form again, empty, with what it
     * changed, once the read model has it.
     */
    protected InlineForm onSaved(Consumer<Recorded> afterSave) {
        this.afterSave = afterSave;
        return this;
    }

    /** Marks what is missing or wrong; the command is sent only when nothing is. */
    protected abstract void check(FieldChecks checks);

    /** Sends the command and returns what it stored; a {@link RuntimeException} is the server's refusal. */
    protected abstract Recorded send();

    void save() {
        commandForm.sent(this::check, this::send, refusal -> errorMessages.describe(refusal, getLocale()))
                .ifPresent(recorded -> {
                    submit.setEnabled(false);
                    commandForm.confirmSaved(Notification.Position.BOTTOM_CENTER);
                    afterSave.accept(recorded);
                });
    }

    /** What the person is told about a refusal or the fields to fix; empty while there is nothing to say. */
    public String problem() {
        return commandForm.problem();
    }
}
