package pl.asysta.cases.support.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.function.Consumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.i18n.I18NProvider;

import pl.asysta.cases.support.ArrangementRow;
import pl.asysta.cases.support.SupportCommands;
import pl.asysta.cases.support.domain.HelpKind;
import pl.asysta.cases.support.domain.SupportRules;
import pl.asysta.errors.ErrorMessages;
import pl.asysta.eventstore.Recorded;
import pl.asysta.forms.Dates;
import pl.asysta.forms.FieldChecks;
import pl.asysta.forms.Fields;
import pl.asysta.forms.InlineForm;
import pl.asysta.forms.Labels;
import pl.asysta.i18n.Translations;
import pl.asysta.shared.Actor;

/** The household logs an afternoon of help: the day, how many hours, what kind of help, and a short note. */
class HelpForm extends InlineForm {

    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);
    private static final BigDecimal MAX_HOURS = BigDecimal.valueOf(SupportRules.MAX_MINUTES_PER_DAY / 60);

    final DatePicker date = Dates.picker(I18NProvider.translate("supporting.help.date"), true);
    final BigDecimalField hours = new BigDecimalField(I18NProvider.translate("supporting.help.hours"));
    final RadioButtonGroup<HelpKind> kind = new RadioButtonGroup<>(I18NProvider.translate("supporting.help.kind"));
    final TextArea note = Fields.text(I18NProvider.translate("supporting.help.note"), true);

    private final transient ArrangementRow arrangement;
    private final transient SupportCommands commands;
    private final transient Actor actor;
    private final LocalDate today;

    /** {@code changed} shows the page again once the read model has the help just logged. */
    HelpForm(ArrangementRow arrangement, String suffix, SupportCommands commands, ErrorMessages errors, Actor actor,
             LocalDate today, Consumer<Recorded> changed) {
        super("help-form" + suffix, "supporting.help.save", errors);
        this.arrangement = arrangement;
        this.commands = commands;
        this.actor = actor;
        this.today = today;
        date.setId("help-date" + suffix);
        date.setValue(today);
        date.setMin(arrangement.startsOn());
        date.setMax(today.isBefore(arrangement.lastDay()) ? today : arrangement.lastDay());
        hours.setId("help-hours" + suffix);
        hours.setLocale(Translations.supported(UI.getCurrent() == null ? null : UI.getCurrent().getLocale()));
        hours.setRequiredIndicatorVisible(true);
        hours.setHelperText(I18NProvider.translate("supporting.help.hours.hint"));
        kind.setId("help-kind" + suffix);
        kind.setItems(HelpKind.values());
        kind.setItemLabelGenerator(value -> Labels.of(SupportItems.HELP_KIND, value));
        kind.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        kind.setRequiredIndicatorVisible(true);
        note.setId("help-note" + suffix);
        note.setMaxLength(2000);
        note.setHelperText(I18NProvider.translate("supporting.help.note.hint"));
        add(date, hours, kind, note, submit);
        onSaved(changed);
    }

    @Override
    protected void check(FieldChecks checks) {
        checks.notAfter(date, today).required(hours).required(kind).required(note);
        if (hours.getValue() != null) {
            checks.check(hours, hours.getValue().signum() > 0 && hours.getValue().compareTo(MAX_HOURS) <= 0,
                    "supporting.help.hours.range", MAX_HOURS);
        }
    }

    @Override
    protected Recorded send() {
        return commands.logHelp(arrangement.arrangementId(), date.getValue(),
                hours.getValue().multiply(MINUTES_PER_HOUR).setScale(0, RoundingMode.HALF_UP).intValueExact(),
                kind.getValue(), Fields.value(note), actor).recorded();
    }
}
