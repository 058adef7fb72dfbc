package pl.asysta.forms;

import java.time.LocalDate;
import java.util.Collection;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * Checks a form before its command is sent and marks each field that is wrong with a sentence saying why, so a
 * person fixes all of it in one go. The server checks the same rules again; these only spare a round trip.
 */
public final class FieldChecks {

    private boolean passed = true;

    public boolean passed() {
        return passed;
    }

    /** A value is there; for text, something other than spaces. */
    public <F extends HasValue<?, ?> & HasValidation> FieldChecks required(F field) {
        Object value = field.getValue();
        boolean missing = field.isEmpty() || value instanceof String text && text.isBlank()
                || value instanceof Collection<?> items && items.isEmpty();
        return check(field, !missing, "form.required");
    }

    /** Something that has happened cannot be dated in the future (the domain says the same). */
    public FieldChecks notAfter(DatePicker field, LocalDate today) {
        required(field);
        if (field.getValue() != null) {
            check(field, !field.getValue().isAfter(today), "form.date.not-in-future");
        }
        return this;
    }

    /** A deadline cannot have passed already. */
    public FieldChecks notBefore(DatePicker field, LocalDate today) {
        required(field);
        if (field.getValue() != null) {
            check(field, !field.getValue().isBefore(today), "form.date.not-in-past");
        }
        return this;
    }

    /**
     * Marks the field with the sentence under {@code messageKey} unless the condition holds. A field keeps the
     * first mark it gets in a round, so the most basic problem is the one shown.
     */
    public FieldChecks check(HasValidation field, boolean condition, String messageKey, Object... arguments) {
        if (condition) {
            return this;
        }
        passed = false;
        if (field.isInvalid()) {
            return this;
        }
        field.setErrorMessage(I18NProvider.translate(messageKey, arguments));
        field.setInvalid(true);
        return this;
    }
}
