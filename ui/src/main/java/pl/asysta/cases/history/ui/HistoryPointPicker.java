package pl.asysta.cases.history.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;

import pl.asysta.cases.history.HistoryPoint;
import pl.asysta.forms.Dates;
import pl.asysta.forms.Labels;
import pl.asysta.time.ClockConfiguration;

/**
 * One point of a case's history to look at it from: now, the end of a day, or right after an event (its position,
 * as the timeline shows it). Only the field of the chosen kind is shown; what was typed in the others stays.
 */
class HistoryPointPicker extends Div {

    enum Kind {
        NOW,
        DAY,
        POSITION
    }

    static final String KIND = "pit.picker.kind";

    private final RadioButtonGroup<Kind> kind = new RadioButtonGroup<>();
    private final DatePicker day;
    private final IntegerField position = new IntegerField();

    /**
     * @param idPrefix the prefix of the fields' ids ({@code pit-first}, {@code pit-second})
     * @param label    the translation key of the group's label
     * @param kinds    the kinds offered, the first chosen at first
     */
    HistoryPointPicker(String idPrefix, String label, List<Kind> kinds, LocalDate today) {
        addClassName("history-point");
        kind.setId(idPrefix + "-kind");
        kind.setLabel(getTranslation(label));
        kind.setItems(kinds);
        kind.setItemLabelGenerator(each -> Labels.of(KIND, each));
        kind.addValueChangeListener(change -> showFieldOf(change.getValue()));

        day = Dates.picker(getTranslation("pit.picker.day"), true);
        day.setId(idPrefix + "-day");
        day.setMax(today);
        position.setId(idPrefix + "-position");
        position.setLabel(getTranslation("pit.picker.position"));
        position.setHelperText(getTranslation("pit.picker.position.help"));
        position.setMin(1);
        position.setRequiredIndicatorVisible(true);
        add(kind, day, position);
        kind.setValue(kinds.getFirst());
    }

    /** Shows the point, e.g. the one the address names. */
    void show(HistoryPoint point) {
        switch (point) {
            case HistoryPoint.Latest l -> kind.setValue(Kind.NOW);
            case HistoryPoint.EndOfDay d -> {
                kind.setValue(Kind.DAY);
                day.setValue(d.day());
            }
            case HistoryPoint.Position p -> {
                kind.setValue(Kind.POSITION);
                position.setValue((int) Math.min(Integer.MAX_VALUE, p.position()));
            }
            case HistoryPoint.Moment m -> {
                kind.setValue(Kind.DAY);
                day.setValue(m.at().atZone(ClockConfiguration.CENTRE_ZONE).toLocalDate());
            }
        }
    }

    /** Takes over what was chosen and typed in another picker (the page is drawn again in another language). */
    void copyFrom(HistoryPointPicker other) {
        if (kind.getListDataView().contains(other.kind.getValue())) {
            kind.setValue(other.kind.getValue());
        }
        day.setValue(other.day.getValue());
        position.setValue(other.position.getValue());
    }

    /** The chosen point; empty, with the field marked and told why, when it is missing or not valid. */
    Optional<HistoryPoint> point(LocalDate today) {
        day.setInvalid(false);
        position.setInvalid(false);
        return switch (kind.getValue()) {
            case NOW -> Optional.of(HistoryPoint.latest());
            case DAY -> {
                if (day.getValue() == null) {
                    yield refused(day, "pit.picker.day-required");
                }
                if (day.getValue().isAfter(today)) {
                    yield refused(day, "pit.picker.day-in-future");
                }
                yield Optional.of(HistoryPoint.endOf(day.getValue()));
            }
            case POSITION -> position.getValue() == null || position.getValue() < 1
                    ? refused(position, "pit.picker.position-required")
                    : Optional.of(HistoryPoint.position(position.getValue()));
        };
    }

    private Optional<HistoryPoint> refused(DatePicker field, String key) {
        field.setErrorMessage(getTranslation(key));
        field.setInvalid(true);
        return Optional.empty();
    }

    private Optional<HistoryPoint> refused(IntegerField field, String key) {
        field.setErrorMessage(getTranslation(key));
        field.setInvalid(true);
        return Optional.empty();
    }

    private void showFieldOf(Kind chosen) {
        day.setVisible(chosen == Kind.DAY);
        position.setVisible(chosen == Kind.POSITION);
    }
}
