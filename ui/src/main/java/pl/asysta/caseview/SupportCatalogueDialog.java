package pl.asysta.caseview;

import pl.asysta.cases.familycase.domain.ChildSupportStep.DrawUpSupportCatalogue;
import pl.asysta.forms.CommandDialog;
import pl.asysta.forms.FieldChecks;
import pl.asysta.forms.RepeatingRows;

/**
 * The "Za życiem" support catalogue drawn up with the family. Each drawing-up replaces the catalogue as a whole,
 * so the dialog starts from the one in force.
 */
class SupportCatalogueDialog extends CommandDialog {

    private final CaseContext context;
    private final RepeatingRows<SupportItemEditor> items = new RepeatingRows<>("catalogue.legend", "catalogue.add",
            "catalogue.remove", number -> new SupportItemEditor(null));

    SupportCatalogueDialog(CaseContext context) {
        super("catalogue.title", context.services().errors());
        this.context = context;
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
    protected void submit() {
        context.services().commands().take(context.caseId(),
                new DrawUpSupportCatalogue(items.rows().stream().map(SupportItemEditor::value).toList()),
                context.actor());
    }
}
