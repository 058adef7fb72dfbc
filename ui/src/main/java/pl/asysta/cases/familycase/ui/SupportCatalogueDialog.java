package pl.asysta.cases.familycase.ui;

import pl.asysta.cases.familycase.CaseCommands;
import pl.asysta.cases.familycase.domain.ChildSupportStep.DrawUpSupportCatalogue;
import pl.asysta.errors.ErrorMessages;
import pl.asysta.eventstore.Recorded;
import pl.asysta.forms.CommandDialog;
import pl.asysta.forms.FieldChecks;
import pl.asysta.forms.RepeatingRows;

/**
 * The "Za życiem" support catalogue drawn up with the family. Each drawing-up replaces the catalogue as a whole,
 * so the dialog starts from the one in force.
 */
class SupportCatalogueDialog extends CommandDialog {

    private final OpenCase context;
    private final transient CaseCommands commands;
    private final RepeatingRows<SupportItemEditor> items = new RepeatingRows<>("catalogue.legend", "catalogue.add",
            "catalogue.remove", number -> new SupportItemEditor(null));

    SupportCatalogueDialog(OpenCase context, CaseCommands commands, ErrorMessages errors) {
        super("catalogue.title", errors);
        this.context = context;
        this.commands = commands;
        items.setId("catalogue-rows");
        context.details().supportCatalogue().forEach(item -> items.add(new SupportItemEditor(item)));
        if (items.rows().isEmpty()) {
            items.add(new SupportItemEditor(null));
        }
        form.add(items, 2);
    }

    @Override
    protected void check(FieldChecks checks) {
        items.rows().forEach(row -> row.check(checks));
    }

    @Override
    protected Recorded submit() {
        return commands.take(context.caseId(),
                new DrawUpSupportCatalogue(items.rows().stream().map(SupportItemEditor::value).toList()),
                context.actor());
    }
}
