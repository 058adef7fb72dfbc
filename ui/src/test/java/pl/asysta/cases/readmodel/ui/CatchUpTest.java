package pl.asysta.cases.readmodel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import pl.asysta.eventstore.Recorded;

/**
 * After a command a page shows its outcome once the read model has it: at once when it already does, else on the
 * browser's poll that finds it there, and never by holding the request. The page's own poll interval (a case
 * page rechecks access every 30 seconds) is back once nothing waits.
 */
class CatchUpTest {

    private static final int RECHECK_MILLIS = 30_000;
    private static final Recorded AT_FIVE = new Recorded(5, List.of(String.class));

    private final AtomicLong processed = new AtomicLong();
    private final AtomicInteger drawn = new AtomicInteger();
    private final AtomicInteger late = new AtomicInteger();
    private final UI ui = new UI();
    private final Div page = new Div();

    @BeforeEach
    void aPageThatRechecksAccess() {
        ui.add(page);
        ui.setPollInterval(RECHECK_MILLIS);
    }

    @Test
    void an_outcome_the_read_model_already_has_is_shown_at_once_and_the_page_keeps_its_poll() {
        processed.set(5);

        catchUp(Duration.ofSeconds(10)).redraw(page, AT_FIVE, drawn::incrementAndGet, late::incrementAndGet);

        assertThat(drawn).hasValue(1);
        assertThat(CatchUp.waiting(ui)).isFalse();
        assertThat(ui.getPollInterval()).isEqualTo(RECHECK_MILLIS);
    }

    @Test
    void until_the_read_model_has_it_the_browser_polls_and_the_poll_that_finds_it_shows_it_once() {
        catchUp(Duration.ofSeconds(10)).redraw(page, AT_FIVE, drawn::incrementAndGet, late::incrementAndGet);

        assertThat(drawn).hasValue(0);
        assertThat(CatchUp.waiting(ui)).isTrue();
        assertThat(ui.getPollInterval()).isEqualTo(CatchUp.POLL_MILLIS);
        processed.set(4);
        poll();
        assertThat(drawn).hasValue(0);

        processed.set(5);
        poll();
        poll();

        assertThat(drawn).hasValue(1);
        assertThat(late).hasValue(0);
        assertThat(CatchUp.waiting(ui)).isFalse();
        assertThat(ui.getPollInterval()).isEqualTo(RECHECK_MILLIS);
    }

    @Test
    void once_the_bound_has_passed_the_page_is_told_the_outcome_is_late() {
        catchUp(Duration.ZERO).redraw(page, AT_FIVE, drawn::incrementAndGet, late::incrementAndGet);

        poll();

        assertThat(late).hasValue(1);
        assertThat(drawn).hasValue(0);
        assertThat(ui.getPollInterval()).isEqualTo(RECHECK_MILLIS);
    }

    @Test
    void a_page_left_while_it_waits_is_not_drawn_and_the_browser_stops_polling_for_it() {
        catchUp(Duration.ofSeconds(10)).redraw(page, AT_FIVE, drawn::incrementAndGet, late::incrementAndGet);

        ui.remove(page);
        processed.set(5);
        poll();

        assertThat(drawn).hasValue(0);
        assertThat(CatchUp.waiting(ui)).isFalse();
        assertThat(ui.getPollInterval()).isEqualTo(RECHECK_MILLIS);
    }

    private CatchUp catchUp(Duration bound) {
        return new CatchUp(position -> processed.get() >= position, bound);
    }

    private void poll() {
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
    }
}
