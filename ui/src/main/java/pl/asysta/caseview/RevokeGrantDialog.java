package pl.asysta.caseview;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import pl.asysta.cases.sharing.GrantRow;
import pl.asysta.forms.CommandDialog;
import pl.asysta.forms.FieldChecks;
import pl.asysta.forms.Fields;
import pl.asysta.forms.Labels;

/**
 * The case team ends access granted on a court order or a statute before its last day (the order lapsed, the
 * procedure ended), saying why; the institution's staff lose sight of the case at once.
 */
class RevokeGrantDialog extends CommandDialog {

    private final CaseContext context;
    private final GrantRow grant;
    private final TextArea note = Fields.text(getTranslation("case.sharing.field.revoke-note"), true);

    RevokeGrantDialog(CaseContext context, GrantRow grant) {
        super("case.sharing.revoke.title", context.services().errors(),
                context.services().institutionName(grant.institution()));
        this.context = context;
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
    protected void submit() {
        context.services().sharing().revokeGrant(context.caseId(), grant.grantId(), Fields.value(note),
                context.actor());
    }
}
