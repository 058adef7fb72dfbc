package pl.asysta.forms;

import java.util.Optional;
import java.util.function.Consumer;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;

import pl.asysta.errors.ErrorMessages;
import pl.asysta.eventstore.Recorded;

/**
 * A dialog that sends one command. Its fields are checked first; then the command is sent, and if the server
 * refuses it (a broken rule, or someone changed the case meanwhile) the dialog stays open with everything the
 * person typed and says why above the fields, in their language. Only a success closes it, and the screen is
 * handed what the command stored, to show it once the read model has it.
 */
public abstract class CommandDialog extends Dialog {

    private final transient ErrorMessages errorMessages;
    private final CommandForm commandForm = new CommandForm(this, "dialog-problem");
    private final Button save = new Button();
    private final Button cancel = new Button();
    private transient Consumer<Recorded> afterSave = recorded -> { };

    /** The fields, laid out in one or two columns depending on the width. */
    protected final FormLayout form = new FormLayout();

    protected CommandDialog(String titleKey, ErrorMessages errorMessages, Object... titleArguments) {
        this.errorMessages = errorMessages;
        setHeaderTitle(getTranslation(titleKey, titleArguments));
        setCloseOnOutsideClick(false);
        setWidth("min(48rem, 100vw)");
        addClassName("command-dialog");

        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));

        Paragraph requiredHint = new Paragraph(getTranslation("form.required-hint"));
        requiredHint.addClassName("form-hint");
        add(commandForm.problemLine(), requiredHint, form);

        save.setText(getTranslation("form.save"));
        save.setId("dialog-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        cancel.setText(getTranslation("form.cancel"));
        cancel.setId("dialog-cancel");
        cancel.addClickListener(click -> close());
        cancel.addClickShortcut(Key.ESCAPE);
        getFooter().add(cancel, save);
    }

    /**
     * Runs after the command succeeded and the dialog closed, with what the command stored: the screen shows
     * what it touched again once the read model has it.
     */
    public CommandDialog onSaved(Consumer<Recorded> afterSave) {
        this.afterSave = afterSave;
        return this;
    }

    /** Marks what is missing or wrong; the command is sent only when nothing is. */
    protected abstract void check(FieldChecks checks);

    /** Sends the command and returns what it stored; a {@link RuntimeException} is the server's refusal. */
    protected abstract Recorded submit();

    /** The label for the save button when "Save" would not say what happens (e.g. "Assign"). */
    protected void saveText(String key) {
        save.setText(getTranslation(key));
    }

    void save() {
        Optional<Recorded> recorded = commandForm.sent(this::check, this::submit,
                refusal -> errorMessages.describe(refusal, getLocale()));
        if (recorded.isEmpty()) {
            return;
        }
        close();
        afterSave.accept(recorded.get());
        commandForm.confirmSaved(Notification.Position.BOTTOM_START);
    }

    /** What the person is told about the refusal or the fields to fix; empty while there is nothing to say. */
    public String problem() {
        return commandForm.problem();
    }

    /** A section heading inside a form, spanning all columns. */
    protected H3 sectionTitle(String key) {
        H3 title = new H3(getTranslation(key));
        title.addClassName("form-section-title");
        form.add(title, 2);
        return title;
    }
}
