package pl.asysta.forms;

import java.util.function.Function;

import com.vaadin.flow.component.textfield.TextArea;

import pl.asysta.errors.ErrorMessages;
import pl.asysta.eventstore.Recorded;

/**
 * A command whose one input is a required explanation written for the other side: why the court withdraws its
 * request, what the drafter of an opinion is to change. The explanation is kept with the event and shown to
 * those who act on it, so it cannot be left empty.
 */
public abstract class ReasonDialog extends CommandDialog {

    private final TextArea reason = Fields.text("", true);
    private transient Function<String, Recorded> send;

    protected ReasonDialog(String titleKey, ErrorMessages errorMessages, Object... titleArguments) {
        super(titleKey, errorMessages, titleArguments);
    }

    /**
     * Asks for the explanation in a field with the label (in the person's language) and element id; the
     * command {@code send} runs with the explanation as typed.
     */
    protected final void asks(String label, String id, Function<String, Recorded> send) {
        this.send = send;
        reason.setLabel(label);
        reason.setId(id);
        form.add(reason, 2);
    }

    @Override
    protected final void check(FieldChecks checks) {
        checks.required(reason);
    }

    @Override
    protected final Recorded submit() {
        return send.apply(Fields.value(reason));
    }
}
