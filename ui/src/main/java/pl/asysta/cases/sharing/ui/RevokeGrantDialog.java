package pl.asysta.cases.sharing.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import pl.asysta.cases.familycase.ui.OpenCase;
import pl.asysta.cases.sharing.GrantRow;
import pl.asysta.cases.sharing.SharingCommands;
import pl.asysta.errors.ErrorMessages;
import pl.asysta.eventstore.Recorded;
import pl.asysta.forms.CommandDialog;
import pl.asysta.forms.FieldChecks;
import pl.asysta.forms.Fields;
import pl.asysta.forms.Labels;

/**
 * The case team ends access granted on a court order or a statute before its last day (the order lapsed, the
 * procedure ended), saying why; the institution's staff lose sight of the case at once.
 */
class RevokeGrantDialog extends CommandDialog {

    private final OpenCase context;
    private final transient SharingCommands commands;
    private final GrantRow grant;
    private final TextArea note = Fields.text(getTranslation("case.sharing.field.revoke-note"), true);

    /** {@code institution} is the name of the institution the grant lets see the case. */
    RevokeGrantDialog(OpenCase context, GrantRow grant, String institution, SharingCommands commands,
                      ErrorMessages errors) {
        super("case.sharing.revoke.title", errors, institution);
        this.context = context;
        this.commands = commands;
        this.grant = grant;
        saveText("case.sharing.revoke");
        Paragraph what = new Paragraph(getTranslation("case.sharing.revoke.consequence",
                Labels.of(SharingPanel.BASIS, grant.basis()), SharingPanel.categoryNames(grant.categories())));
        what.addClassName("form-hint");
        note.setId("sharing-revoke-note");
        form.add(what, 2);
        form.add(note, 2);
    }

    @Override
    protected void check(FieldChecks checks) {
        checks.required(note);
    }

    @Override
    protected Recorded submit() {
        return commands.revokeGrant(context.caseId(), grant.grantId(), Fields.value(note),
                context.actor());
    }
}
