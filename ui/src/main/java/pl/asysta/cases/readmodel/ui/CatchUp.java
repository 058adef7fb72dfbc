package pl.asysta.cases.readmodel.ui;

import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;

import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

import pl.asysta.cases.readmodel.ReadModelProgress;
import pl.asysta.eventstore.Recorded;

/**
 * Shows the outcome of a command once the read model has it, so a person sees what they just did, without holding
 * the request while the projections follow. The command says at which position it stored its events; if the read
 * model has reached it (the usual case) the page is drawn again at once. If not, the browser is asked to poll every
 * {@value #POLL_MILLIS} ms, and the poll that finds the position reached draws the page; the poll interval the page
 * had before (a case page rechecks access every 30 seconds) is then restored. After {@link #BOUND} the page is drawn
 * anyway with what the read model has, or is told the outcome is late.
 *
 * <p>A page that is left while it waits is not drawn any more.
 */
@org.springframework.stereotype.Component
public class CatchUp {

    /** How often the browser asks while a page waits: short enough to feel immediate. */
    public static final int POLL_MILLIS = 250;

    /** How long a page waits at most before it shows what there is. */
    public static final Duration BOUND = Duration.ofSeconds(10);

    private final LongPredicate reached;
    private final Duration bound;

    @Autowired
    CatchUp(ReadModelProgress progress) {
        this(progress::reached, BOUND);
    }

    /** With another notion of progress and bound, for tests of the waiting itself. */
    CatchUp(LongPredicate reached, Duration bound) {
        this.reached = reached;
        this.bound = bound;
    }

    /**
     * Runs {@code redraw} once the read model has what the command stored: now, or on a later poll of the page's
     * UI, or after the bound with whatever the read model has then.
     */
    public void redraw(Component page, Recorded recorded, Runnable redraw) {
        redraw(page, recorded, redraw, redraw);
    }

    /** As {@link #redraw(Component, Recorded, Runnable)}, but runs {@code late} once the bound has passed. */
    public void redraw(Component page, Recorded recorded, Runnable redraw, Runnable late) {
        if (reached.test(recorded.position())) {
            redraw.run();
            return;
        }
        UI ui = page.getUI().orElseGet(UI::getCurrent);
        if (ui == null) {
            late.run();
            return;
        }
        Waits.of(ui).add(new Wait(page, recorded.position(), System.nanoTime() + bound.toNanos(), redraw, late),
                reached);
    }

    /** Whether a page of the UI still waits for the read model; a test that does not poll by itself asks this. */
    public static boolean waiting(UI ui) {
        Waits waits = ComponentUtil.getData(ui, Waits.class);
        return waits != null && !waits.pending.isEmpty();
    }

    /** One page waiting for one position. */
    private static final class Wait implements Serializable {

        private final Component page;
        private final long position;
        private final long deadline;
        private final transient Runnable redraw;
        private final transient Runnable late;
        private transient Registration detach;

        Wait(Component page, long position, long deadline, Runnable redraw, Runnable late) {
            this.page = page;
            this.position = position;
            this.deadline = deadline;
            this.redraw = redraw;
            this.late = late;
        }
    }

    /** What one UI waits for, and the poll interval it had before it began to wait. */
    private static final class Waits implements Serializable {

        private final UI ui;
        private final List<Wait> pending = new ArrayList<>();
        private transient LongPredicate reached;
        private int intervalBefore;
        private transient Registration poll;

        private Waits(UI ui) {
            this.ui = ui;
        }

        static Waits of(UI ui) {
            Waits waits = ComponentUtil.getData(ui, Waits.class);
            if (waits == null) {
                waits = new Waits(ui);
                ComponentUtil.setData(ui, Waits.class, waits);
            }
            return waits;
        }

        void add(Wait wait, LongPredicate progress) {
            reached = progress;
            if (pending.isEmpty()) {
                intervalBefore = ui.getPollInterval();
                if (intervalBefore < 0 || intervalBefore > POLL_MILLIS) {
                    ui.setPollInterval(POLL_MILLIS);
                }
                poll = ui.addPollListener(event -> check());
            }
            pending.add(wait);
            wait.detach = wait.page.addDetachListener(event -> {
                if (pending.remove(wait)) {
                    finished(wait);
                }
            });
        }

        /** On each poll: the pages whose position is reached, or whose bound has passed, are drawn. */
        private void check() {
            long now = System.nanoTime();
            for (Wait wait : List.copyOf(pending)) {
                if (reached.test(wait.position)) {
                    pending.remove(wait);
                    finished(wait);
                    wait.redraw.run();
                } else if (now - wait.deadline >= 0) {
                    pending.remove(wait);
                    finished(wait);
                    wait.late.run();
                }
            }
        }

        private void finished(Wait wait) {
            wait.detach.remove();
            if (!pending.isEmpty()) {
                return;
            }
            poll.remove();
            if (ui.getPollInterval() == POLL_MILLIS) {
                ui.setPollInterval(intervalBefore);
            }
        }
    }
}
