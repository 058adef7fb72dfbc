package pl.asysta.forms;

import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** Text fields as the forms use them: a visible label, the required mark where needed, sensible lengths. */
public final class Fields {

    private static final int LINE_LENGTH = 300;
    private static final int TEXT_LENGTH = 8000;

    private Fields() {
    }

    public static TextField line(String label, boolean required) {
        TextField field = new TextField(label);
        field.setRequiredIndicatorVisible(required);
        field.setMaxLength(LINE_LENGTH);
        return field;
    }

    public static TextArea text(String label, boolean required) {
        TextArea area = new TextArea(label);
        area.setRequiredIndicatorVisible(required);
        area.setMaxLength(TEXT_LENGTH);
        area.setMinRows(3);
        return area;
    }

    public static IntegerField number(String label, int min, int max, Integer initial) {
        IntegerField field = new IntegerField(label);
        field.setMin(min);
        field.setMax(max);
        field.setStepButtonsVisible(true);
        field.setRequiredIndicatorVisible(true);
        field.setValue(initial);
        return field;
    }

    /**
     * Labels a select and gives its list of options the same name. Vaadin names only the select's button; the
     * list a screen reader enters once the select is opened would otherwise be an unnamed listbox (axe:
     * aria-input-field-name).
     */
    public static void label(Select<?> select, String label) {
        select.setLabel(label);
        select.getElement().getChildren().filter(child -> "vaadin-select-list-box".equals(child.getTag()))
                .forEach(list -> list.setAttribute("aria-label", label));
    }

    /** One entry per line, blank lines dropped: participants, difficulties found. */
    public static List<String> lines(TextArea area) {
        return Arrays.stream(area.getValue().split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** The value without surrounding spaces, or {@code null} for an empty field. */
    public static String value(TextField field) {
        return blankToNull(field.getValue());
    }

    public static String value(TextArea area) {
        return blankToNull(area.getValue());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
