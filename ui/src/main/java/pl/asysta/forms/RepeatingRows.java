package pl.asysta.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * A list of alike rows a person adds and removes (family members, plan actions, catalogue entries). Each row is
 * a fieldset whose legend numbers it, so a screen reader says which member or action a field belongs to; the
 * remove button names the row it removes.
 *
 * @param <R> the row's own fields
 */
public class RepeatingRows<R extends RepeatingRows.Row> extends Div {

    /** The fields of one row, laid out by the row itself. */
    public interface Row {
        FieldSet fieldSet();
    }

    private final List<R> rows = new ArrayList<>();
    private final Div container = new Div();
    private final String legendKey;
    private final String removeKey;

    /**
     * @param legendKey a text with the row number as {@code {0}}, e.g. "Działanie {0}"
     * @param addKey    the add button's text
     * @param removeKey the remove button's text, with the row number as {@code {0}}
     */
    public RepeatingRows(String legendKey, String addKey, String removeKey, Function<Integer, R> newRow) {
        this.legendKey = legendKey;
        this.removeKey = removeKey;
        addClassName("repeating-rows");
        Button add = new Button(getTranslation(addKey), VaadinIcon.PLUS.create());
        add.addClassName("add-row");
        add.addClickListener(click -> add(newRow.apply(rows.size() + 1)));
        add(container, add);
    }

    public R add(R row) {
        rows.add(row);
        Button remove = new Button();
        remove.addClassName("remove-row");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.addClickListener(click -> {
            rows.remove(row);
            container.remove(row.fieldSet());
            renumber();
        });
        row.fieldSet().add(remove);
        row.fieldSet().addClassName("repeating-row");
        container.add(row.fieldSet());
        renumber();
        return row;
    }

    public List<R> rows() {
        return List.copyOf(rows);
    }

    private void renumber() {
        for (int i = 0; i < rows.size(); i++) {
            FieldSet fieldSet = rows.get(i).fieldSet();
            fieldSet.setLegendText(getTranslation(legendKey, i + 1));
            int number = i + 1;
            fieldSet.getChildren().filter(Button.class::isInstance).map(Button.class::cast)
                    .filter(button -> button.hasClassName("remove-row"))
                    .forEach(button -> button.setText(getTranslation(removeKey, number)));
        }
    }
}
