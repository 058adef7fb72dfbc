package pl.asysta.caseview;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

import pl.asysta.cases.familycase.domain.ChildSupportStep.StartZaZyciemSupport;
import pl.asysta.cases.familycase.domain.ZaZyciemGround;
import pl.asysta.forms.CommandDialog;
import pl.asysta.forms.FieldChecks;
import pl.asysta.forms.Labels;

/** Marks the family as supported under the "Za życiem" act: a pregnancy or a child with a severe disability. */
class ZaZyciemDialog extends CommandDialog {

    private final CaseContext context;
    private final RadioButtonGroup<ZaZyciemGround> ground = new RadioButtonGroup<>();

    ZaZyciemDialog(CaseContext context) {
        super("za-zyciem.title", context.services().errors());
        this.context = context;
        ground.setId("za-zyciem-ground");
        ground.setLabel(getTranslation("za-zyciem.ground"));
        ground.setItems(ZaZyciemGround.values());
        ground.setItemLabelGenerator(value -> Labels.of(Labels.ZA_ZYCIEM_GROUND, value));
        ground.setRequiredIndicatorVisible(true);
        form.add(ground, 2);
    }

    @Override
    protected void check(FieldChecks checks) {
        checks.required(ground);
    }

    @Override
    protected void submit() {
        context.services().commands().take(context.caseId(), new StartZaZyciemSupport(ground.getValue()),
                context.actor());
    }
}
