package pl.asysta.cases.access.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

/**
 * A page that shows case data asks the access policy again while it stays open: a grant can end while someone
 * reads, and then nothing of the case may stay on their screen. The page's UI polls every
 * {@link #INTERVAL_MILLIS} while the page is attached; each poll runs the page's own check, also the quicker polls
 * of a page waiting for the read model to show a command's outcome
 * ({@code pl.asysta.cases.readmodel.ui.CatchUp}).
 */
public final class AccessRecheck {

    public static final int INTERVAL_MILLIS = 30_000;

    private AccessRecheck() {
    }

    /** Runs {@code recheck} on every poll while {@code page} is attached. */
    public static void whileAttached(Component page, Runnable recheck) {
        Registration[] poll = new Registration[1];
        page.addAttachListener(attach -> {
            UI ui = attach.getUI();
            ui.setPollInterval(INTERVAL_MILLIS);
            poll[0] = ui.addPollListener(event -> recheck.run());
        });
        page.addDetachListener(detach -> {
            if (poll[0] != null) {
                poll[0].remove();
                poll[0] = null;
            }
            detach.getUI().setPollInterval(-1);
        });
    }
}
