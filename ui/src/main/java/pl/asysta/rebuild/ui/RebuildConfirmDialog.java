package pl.asysta.rebuild.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

import pl.asysta.errors.ErrorMessages;

/**
 * Asks before a rebuild starts, and says what it does: it reads every case's history, which the access log and
 * the rebuild's own audit trail record under the person's name. If the server refuses (someone else's rebuild is
 * running), the dialog stays open and says why.
 */
class RebuildConfirmDialog extends Dialog {

    private final transient ErrorMessages errorMessages;
    private final transient Runnable start;
    private final Paragraph problem = new Paragraph();

    RebuildConfirmDialog(ErrorMessages errorMessages, Runnable start) {
        this.errorMessages = errorMessages;
        this.start = start;
        setHeaderTitle(getTranslation("rebuild.confirm.title"));
        setCloseOnOutsideClick(false);
        setWidth("min(36rem, 100vw)");

        problem.setId("rebuild-confirm-problem");
        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        add(problem, new Paragraph(getTranslation("rebuild.confirm.text")));

        Button confirm = new Button(getTranslation("rebuild.confirm.start"), click -> confirm());
        confirm.setId("rebuild-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("rebuild.confirm.cancel"), click -> close());
        cancel.setId("rebuild-cancel");
        cancel.addClickShortcut(Key.ESCAPE);
        getFooter().add(cancel, confirm);
    }

    void confirm() {
        try {
            start.run();
        } catch (RuntimeException refusal) {
            problem.setText(errorMessages.describe(refusal, getLocale()));
            problem.setVisible(true);
            return;
        }
        close();
    }

    /** What the person is told about a refusal; empty while there is none. */
    String problem() {
        return problem.isVisible() ? problem.getText() : "";
    }
}
