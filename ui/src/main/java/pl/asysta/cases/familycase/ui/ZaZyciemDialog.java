package pl.asysta.cases.familycase.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

import pl.asysta.cases.familycase.CaseCommands;
import pl.asysta.cases.familycase.domain.ChildSupportStep.StartZaZyciemSupport;
import pl.asysta.cases.familycase.domain.ZaZyciemGround;
import pl.asysta.errors.ErrorMessages;
import pl.asysta.eventstore.Recorded;
import pl.asysta.forms.CommandDialog;
import pl.asysta.forms.FieldChecks;
import pl.asysta.forms.Labels;

/** Marks the family as supported under the "Za życiem" act: a pregnancy or a child with a severe disability. */
class ZaZyciemDialog extends CommandDialog {

    private final OpenCase context;
    private final transient CaseCommands commands;
    private final RadioButtonGroup<ZaZyciemGround> ground = new RadioButtonGroup<>();

    ZaZyciemDialog(OpenCase context, CaseCommands commands, ErrorMessages errors) {
        super("za-zyciem.title", errors);
        this.context = context;
        this.commands = commands;
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
    protected Recorded submit() {
        return commands.take(context.caseId(), new StartZaZyciemSupport(ground.getValue()),
                context.actor());
    }
}
