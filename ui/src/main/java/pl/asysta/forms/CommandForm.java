package pl.asysta.forms;

import java.io.Serializable;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import pl.asysta.eventstore.Recorded;

/**
 * What a dialog and a form on the page share when they send a command ({@link CommandDialog},
 * {@link InlineForm}): the fields are checked first, then the command is sent, and what stops it (the fields to
 * fix, or why the server refused it, in the person's language) is said on a line above the fields, announced to
 * screen readers, while everything typed stays. A command that went through is confirmed in a note.
 */
final class CommandForm implements Serializable {

    private final Component form;
    private final Paragraph problem = new Paragraph();

    /** For the form's fields, with the problem line's element id. */
    CommandForm(Component form, String problemId) {
        this.form = form;
        problem.setId(problemId);
        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
    }

    /** The line that says what stops the command, to be placed above the fields; hidden while nothing does. */
    Paragraph problemLine() {
        return problem;
    }

    /**
     * Clears the last problem, checks the fields and sends the command. What the command stored, or empty when a
     * field needs fixing or the server refused the command ({@code describe} says why in the person's language);
     * the line then says so.
     */
    Optional<Recorded> sent(Consumer<FieldChecks> check, Supplier<Recorded> command,
                            Function<RuntimeException, String> describe) {
        problem.setText("");
        problem.setVisible(false);
        descendants(form).filter(HasValidation.class::isInstance).map(HasValidation.class::cast)
                .forEach(field -> field.setInvalid(false));
        FieldChecks checks = new FieldChecks();
        check.accept(checks);
        if (!checks.passed()) {
            show(form.getTranslation("form.fix-fields"));
            return Optional.empty();
        }
        Recorded recorded;
        try {
            recorded = command.get();
        } catch (RuntimeException refusal) {
            show(describe.apply(refusal));
            return Optional.empty();
        }
        return Optional.of(recorded == null ? Recorded.NOTHING : recorded);
    }

    /** What the person is told about the refusal or the fields to fix; empty while there is nothing to say. */
    String problem() {
        return problem.isVisible() ? problem.getText() : "";
    }

    /** Confirms that the command went through, in a note at the given place of the screen. */
    void confirmSaved(Notification.Position position) {
        Notification saved = Notification.show(form.getTranslation("form.saved"), 4000, position);
        saved.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        saved.getElement().setAttribute("role", "status");
    }

    private void show(String sentence) {
        problem.setText(sentence);
        problem.setVisible(true);
    }

    private static Stream<Component> descendants(Component root) {
        return root.getChildren().flatMap(child -> Stream.concat(Stream.of(child), descendants(child)));
    }
}
