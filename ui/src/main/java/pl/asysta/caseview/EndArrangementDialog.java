package pl.asysta.caseview;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;

import pl.asysta.cases.support.ArrangementRow;
import pl.asysta.forms.CommandDialog;
import pl.asysta.forms.Dates;
import pl.asysta.forms.FieldChecks;
import pl.asysta.forms.Fields;

/** The agreement ends before its last day: on which day and why. What was logged and claimed stays. */
class EndArrangementDialog extends CommandDialog {

    private final CaseContext context;
    private final transient SupportServices support;
    private final transient ArrangementRow arrangement;
    final DatePicker endedOn = Dates.picker(getTranslation("supporting.end.date"), true);
    final TextArea reason = Fields.text(getTranslation("supporting.end.reason"), true);

    EndArrangementDialog(CaseContext context, SupportServices support, ArrangementRow arrangement) {
        super("supporting.end.title", context.services().errors(), arrangement.householdName());
        this.context = context;
        this.support = support;
        this.arrangement = arrangement;
        endedOn.setId("support-end-date");
        endedOn.setValue(context.today());
        reason.setId("support-end-reason");
        form.add(endedOn);
        form.add(reason, 2);
        saveText("supporting.case.end");
    }

    @Override
    protected void check(FieldChecks checks) {
        checks.notAfter(endedOn, context.today()).required(reason);
    }

    @Override
    protected void submit() {
        support.commands().endArrangement(arrangement.arrangementId(), endedOn.getValue(), Fields.value(reason),
                context.actor());
    }
}
